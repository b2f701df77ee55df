# The API server and its explorer page; Neo4j runs beside it (docker-compose.yml) or anywhere
# NEO4J_URI points.

# Stage 1: the builds. tsc compiles the server and the operational scripts to dist/; Vite builds the
# explorer page (/explorer/) into explorer/dist/. Both are dev dependencies; only their output goes
# into the image.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY explorer ./explorer
COPY client ./client
RUN node scripts/build-if-stale.mjs --force

# Stage 2: the server, with production dependencies only, run by plain node on the compiled output.
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY cypher ./cypher
COPY seed ./seed
# The trusted documents (persisted operations) the server accepts by id.
COPY client/generated/persisted-documents.json ./client/generated/
# Read only to explain, should NEO4J_URI be unset, that the image cannot run a local Neo4j.
COPY neo4j-local/pom.xml ./neo4j-local/
COPY --from=build /app/dist ./dist
COPY --from=build /app/explorer/dist ./explorer/dist
USER node
EXPOSE 4000
# The seed, export and neo4j scripts run the same way: `node dist/scripts/seed.js`.
CMD ["node", "dist/src/main.js"]
