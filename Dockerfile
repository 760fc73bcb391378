# Praktijkatlas Nieuwe Verscheidenheid: build the static site, serve it with the project's nginx configuration.
#
#   docker build -t praktijkatlas \
#     --build-arg SITE_URL=https://praktijkatlas.example --build-arg SITE_CONTACT_EMAIL=redactie@praktijkatlas.example . \
#   && docker run --rm -p 8080:8080 praktijkatlas
#
# The nginx configuration is deploy/nginx/praktijkatlas.conf, the same file the end-to-end tests run against
# (scripts/serve-nginx.ts); scripts/nginx-config.ts fills in root, port and the site's Content-Security-Policy.
# Serve it behind a proxy or load balancer that terminates TLS (the HSTS header takes effect only over HTTPS).

# --- 1. build ---------------------------------------------------------------------------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
# npm install, not npm ci: see README (the lock file holds only one platform's optional compiler binaries).
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
# Site configuration, validated by the build (src/lib/site-config-env.mjs); empty values count as unset.
ARG SITE_URL=""
ARG SITE_CONTACT_EMAIL=""
ARG SITE_CONTACT_URL=""
ARG SITE_ORGANISATION=""
ARG SITE_REPOSITORY_URL=""
ENV ASTRO_TELEMETRY_DISABLED=1 TZ=Europe/Amsterdam
RUN npm run build \
 && npm run nginx:config -- --dist dist --root /usr/share/nginx/html --listen 8080 --temp /tmp/nginx --out /tmp/nginx.conf

# --- 2. serve ---------------------------------------------------------------------------------------------
FROM nginx:1.28-bookworm
ENV NGINX_ENTRYPOINT_QUIET_LOGS=1
RUN rm -rf /usr/share/nginx/html/* && mkdir -p /tmp/nginx
COPY --from=build /tmp/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 8080
# Check the configuration at build time; the base image's CMD runs nginx in the foreground.
RUN nginx -t -c /etc/nginx/nginx.conf
CMD ["nginx", "-g", "daemon off;"]
