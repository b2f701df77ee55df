# The API server; Neo4j runs beside it (docker-compose.yml) or anywhere NEO4J_URI points.
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY seed ./seed
# The trusted documents (persisted operations) the server accepts by id.
COPY client/generated/persisted-documents.json ./client/generated/
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
