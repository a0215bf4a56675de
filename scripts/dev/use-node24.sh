# Source this file: puts a Node >= 22.12 first on PATH, installing Node 24 from the npm
# registry into a cache folder when the machine's Node is older (Debian ships Node 20).
#   source scripts/dev/use-node24.sh
node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! node_ok; then
  NODE24_PREFIX="${NODE24_PREFIX:-$HOME/.cache/yearbook-node24}"
  if [ ! -x "$NODE24_PREFIX/node_modules/.bin/node" ]; then
    echo "use-node24: installing node@24 into $NODE24_PREFIX" >&2
    npm install --prefix "$NODE24_PREFIX" --no-audit --no-fund node@24 >&2
  fi
  export PATH="$NODE24_PREFIX/node_modules/.bin:$PATH"
  node_ok || { echo "use-node24: could not provide Node >= 22.12" >&2; return 1; }
fi
echo "use-node24: $(command -v node) $(node --version)" >&2
