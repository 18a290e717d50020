# Faultline API + explorer. Neo4j runs in its own container (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY --from=build /app/graph-seed/data ./graph-seed/data
COPY --from=build /app/neo4j-local/pom.xml ./neo4j-local/pom.xml
EXPOSE 4000
USER node
CMD ["node", "--enable-source-maps", "dist/app/main.js"]
