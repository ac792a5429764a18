import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./database";
import { DEPLOY_NGINX, nginxConfig } from "./nginx";

const NGINX = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

describe("the front's nginx configuration", () => {
  it("is the same in deploy/nginx.conf as the cluster writes it", () => {
    // To write it again: npx tsx -e 'import("./scripts/lib/nginx.ts").then(m => process.stdout.write(m.nginxConfig(m.DEPLOY_NGINX)))' > deploy/nginx.conf
    expect(readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8")).toBe(nginxConfig(DEPLOY_NGINX));
  });

  it("is accepted by nginx itself, with every instance as an upstream", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "simulconf-nginx-"));
    try {
      const conf = path.join(dir, "nginx.conf");
      writeFileSync(conf, nginxConfig({ listen: "127.0.0.1:28080", upstreams: ["127.0.0.1:28081", "127.0.0.1:28082", "127.0.0.1:28083"], stateDir: dir }));
      const output = execFileSync(NGINX, ["-t", "-p", dir, "-e", "stderr", "-c", conf], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      expect(output).toBe("");
      const text = readFileSync(conf, "utf8");
      expect(text.match(/^\s+server 127\.0\.0\.1:2808\d/gm)).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("never keeps signed-in answers, and keeps public ones only for the micro-cache's seconds", () => {
    const text = nginxConfig(DEPLOY_NGINX);
    expect(text).toMatch(/proxy_cache_bypass \$simulconf_signed_in \$http_authorization;/);
    expect(text).toMatch(/proxy_no_cache \$simulconf_signed_in \$http_authorization \$simulconf_not_shared;/);
    expect(text).toMatch(/proxy_cache_valid 200 2s;/);
    expect(text).not.toMatch(/proxy_cache_lock on/);
  });
});
