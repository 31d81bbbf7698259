# Fascicle API serving the built web app. Two stages: `build` compiles everything with the dev
# dependencies; the runtime stage keeps only the production dependencies and the compiled
# output, and runs as the unprivileged `node` user.
#
# No Docker engine runs on the CI machines: this image is not built there. The start command
# and the health check below are the ones test/reliability/*.e2e-spec.ts run and probe, and
# test/reliability/dockerfile.e2e-spec.ts keeps them equal.

# Node 20.19 or newer, as package.json's engines ask.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# The manifests first, so the dependency layer is rebuilt only when they change.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/assessment/package.json libs/assessment/
COPY libs/catalog/package.json libs/catalog/
COPY libs/common/package.json libs/common/
COPY libs/credentials/package.json libs/credentials/
COPY libs/curriculum/package.json libs/curriculum/
COPY libs/hybrid/package.json libs/hybrid/
COPY libs/learning/package.json libs/learning/
COPY libs/regulation/package.json libs/regulation/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    FASCICLE_DATA_DIR=/var/lib/fascicle
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/package.json apps/web/
COPY --from=build /app/apps/web/dist apps/web/dist
COPY --from=build /app/libs/assessment/package.json libs/assessment/
COPY --from=build /app/libs/assessment/dist libs/assessment/dist
COPY --from=build /app/libs/catalog/package.json libs/catalog/
COPY --from=build /app/libs/catalog/dist libs/catalog/dist
COPY --from=build /app/libs/common/package.json libs/common/
COPY --from=build /app/libs/common/dist libs/common/dist
COPY --from=build /app/libs/credentials/package.json libs/credentials/
COPY --from=build /app/libs/credentials/dist libs/credentials/dist
COPY --from=build /app/libs/curriculum/package.json libs/curriculum/
COPY --from=build /app/libs/curriculum/dist libs/curriculum/dist
# The curriculum's Markdown and YAML, read by `node apps/api/dist/cli.js seed`.
COPY --from=build /app/libs/curriculum/content libs/curriculum/content
COPY --from=build /app/libs/hybrid/package.json libs/hybrid/
COPY --from=build /app/libs/hybrid/dist libs/hybrid/dist
COPY --from=build /app/libs/learning/package.json libs/learning/
COPY --from=build /app/libs/learning/dist libs/learning/dist
COPY --from=build /app/libs/regulation/package.json libs/regulation/
COPY --from=build /app/libs/regulation/dist libs/regulation/dist
# The state rules data, rendered into the Practice course's lesson by the seed.
COPY --from=build /app/libs/regulation/data libs/regulation/data
# Only the embedded database (FASCICLE_ALLOW_EMBEDDED_DATABASE=true) writes here.
RUN mkdir -p /var/lib/fascicle && chown node:node /var/lib/fascicle
VOLUME /var/lib/fascicle
USER node
EXPOSE 3000
# Slim images have no curl: Node's own fetch asks the readiness probe.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself (graceful shutdown, then exit 0).
CMD ["node", "apps/api/dist/main.js"]
