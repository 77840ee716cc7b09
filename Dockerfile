# veriforge: dataset generation and the reward server in one image.
#   docker build -t veriforge .
#   docker run --rm -p 8000:8000 veriforge                       # reward server on :8000
#   docker run --rm -v "$PWD/out:/data" veriforge generate --task sudoku --count 1000 --out /data/sudoku
# Debian bookworm with Node 20, the same Debian packages as scripts/setup.mjs (one list, read there).
FROM node:20-bookworm-slim

ENV DEBIAN_FRONTEND=noninteractive \
    PUPPETEER_SKIP_DOWNLOAD=1 \
    NODE_ENV=production
WORKDIR /opt/veriforge

# System packages first (Chromium, fonts, python3-matplotlib, bubblewrap, ...): the slowest layer,
# rebuilt only when the list in setup.mjs changes.
COPY scripts/setup.mjs scripts/setup.mjs
RUN node scripts/setup.mjs --system-only --omit-dev && rm -rf /var/lib/apt/lists/*

# npm packages exactly as locked, without devDependencies (no install scripts run: allowScripts).
COPY package.json package-lock.json .npmrc ./
RUN node scripts/setup.mjs --omit-dev && npm cache clean --force

COPY . .

# A non-root user; tsx and Chromium write only under /tmp and the user's home.
RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin veriforge \
    && mkdir -p /data && chown veriforge /data
USER 10001

EXPOSE 8000
# Checks /health only when the container runs `serve`; generate/export containers report healthy.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 CMD ["node", "/opt/veriforge/deploy/healthcheck.mjs"]
ENTRYPOINT ["node", "/opt/veriforge/bin/veriforge.mjs"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
