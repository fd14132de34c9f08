# SwasthAI: one image for the web server (default target `runner`) and a one-shot `migrate` target.
#   docker build -t swasthai .                            # the server
#   docker build --target migrate -t swasthai-migrate .   # applies drizzle/ migrations, then exits
# The server never migrates at start on PostgreSQL (DB_AUTO_MIGRATE stays unset): each deploy
# runs the migrate image once, then starts or replaces the servers. See docs/deploy-docker.md.

ARG NODE_IMAGE=node:20.20-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

# Exactly the lock file, dev dependencies included (the build needs them).
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# A self-contained .next/standalone/server.js with only the node_modules it traced.
ENV NEXT_OUTPUT=standalone
RUN npm run build

# What `npm run db:migrate` needs and nothing else: tsx, drizzle-orm, postgres.js and PGlite are
# production dependencies, so the dev ones are pruned away.
FROM deps AS migrate
RUN npm prune --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY db ./db
COPY lib ./lib
COPY drizzle ./drizzle
COPY scripts/db-migrate.ts ./scripts/db-migrate.ts
ENV NODE_ENV=production
USER node
CMD ["npm", "run", "db:migrate"]

FROM ${NODE_IMAGE} AS runner
WORKDIR /app
# The heap cap keeps RSS flat (scripts/bench/server-heap.ts says why; the bench runs with it too).
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NODE_OPTIONS=--max-old-space-size=320 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    UPLOAD_DIR=/data/uploads
RUN groupadd --system --gid 1001 swasthai \
 && useradd --system --uid 1001 --gid swasthai --no-create-home swasthai \
 && mkdir -p /data/uploads \
 && chown -R 1001:1001 /data
COPY --from=build --chown=1001:1001 /app/.next/standalone ./
COPY --from=build --chown=1001:1001 /app/.next/static ./.next/static
COPY --from=build --chown=1001:1001 /app/public ./public
USER 1001
EXPOSE 3000
# slim images carry no curl: node's own fetch asks the readiness route (it queries the database).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Next's server closes on SIGTERM; docker stop, ECS and compose all send it first.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
