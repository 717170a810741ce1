# The GraphQL server for docker-compose.yml. Neo4j runs in its own container; NEO4J_URI points at it.
FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY seed ./seed
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
