import { defineConfig } from "vite";

// Relative asset paths: the built dashboard works wherever `dyad serve --static` mounts it.
// `npm run dev` proxies /api to a running `dyad serve` (DYAD_API, default 127.0.0.1:8080).
export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // cytoscape alone is ~450 kB; everything is bundled on purpose (no CDN at run time).
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { "/api": process.env["DYAD_API"] ?? "http://127.0.0.1:8080" },
  },
});
