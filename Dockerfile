# The API server and its explorer page; Neo4j runs beside it (docker-compose.yml) or anywhere
# NEO4J_URI points.

# Stage 1: the explorer page (/explorer/). Vite and cytoscape are dev dependencies; only the built
# page goes into the image.
FROM node:22-bookworm-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json ./
COPY explorer ./explorer
COPY client ./client
RUN npm run build

# Stage 2: the server, with production dependencies only.
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
COPY --from=explorer /app/explorer/dist ./explorer/dist
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
