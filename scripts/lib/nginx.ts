/**
 * The front of several instances, as nginx configuration: load balancing, compression, and a
 * micro-cache of public answers keyed by URL. One renderer for both uses: `npm run cluster`
 * (scripts/cluster.ts) writes it with its own ports and folders, and deploy/nginx.conf is the
 * same text for a server (a unit test keeps the two equal).
 *
 * What it caches: answers that say a shared cache may keep them (`s-maxage`, not private, no
 * Set-Cookie), for requests without a session cookie or Authorization, for MICRO_CACHE_SECONDS
 * only (the app's own caches are emptied on every write; this one simply expires). While an
 * expired copy is being fetched again, the crowd gets the old one (use_stale updating), so it
 * reaches the app about once per address and period. No proxy_cache_lock: nginx would make
 * every request for an address whose answer is never kept (a static file, a form) wait for
 * the one before it, up to the lock's timeout.
 */
export const MICRO_CACHE_SECONDS = 2;

export type NginxOptions = {
  /** Where the front listens: "3000", "127.0.0.1:3000", "80". */
  listen: string;
  upstreams: string[];
  /** A folder nginx may write to: its cache, temporary files and pid. */
  stateDir: string;
  /** The worker's user when started as root ("nobody nogroup"), else none. */
  user?: string;
  /** For a server: log files; the cluster keeps no access log and says errors on stderr. */
  accessLog?: string;
  errorLog?: string;
};

export function nginxConfig(options: NginxOptions): string {
  const state = options.stateDir.replace(/\/$/, "");
  return `# Written by scripts/lib/nginx.ts (npm run cluster writes its own copy); see README, "Several instances".
${options.user ? `user ${options.user};\n` : ""}worker_processes auto;
pid ${state}/nginx.pid;
error_log ${options.errorLog ?? "stderr"} warn;

events {
  worker_connections 4096;
}

http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${options.accessLog ?? "off"};
  server_tokens off;
  sendfile on;
  # Not tcp_nopush: with it, a cached page sent as headers then file waited for the client's
  # delayed ACK, about 40 ms each (measured: 1,200 answers/s for the demo city page; 8,400 without).
  tcp_nopush off;
  keepalive_timeout 65s;
  keepalive_requests 10000;
  # The app refuses large bodies itself (413 before reading them); this is the outer bound.
  client_max_body_size 10m;
  client_body_temp_path ${state}/client-body;
  proxy_temp_path ${state}/proxy;
  fastcgi_temp_path ${state}/fastcgi;
  uwsgi_temp_path ${state}/uwsgi;
  scgi_temp_path ${state}/scgi;

  # Answers the app did not compress (it compresses pages and API answers for gzip readers).
  gzip on;
  gzip_proxied any;
  gzip_vary on;
  gzip_comp_level 5;
  gzip_min_length 1024;
  gzip_types text/css text/plain text/calendar application/javascript application/json application/xml application/ld+json image/svg+xml;

  proxy_cache_path ${state}/cache levels=1:2 keys_zone=simulconf:32m max_size=1g inactive=10m use_temp_path=off;

  upstream simulconf {
    least_conn;
${options.upstreams.map((address) => `    server ${address} max_fails=3 fail_timeout=2s;`).join("\n")}
    keepalive 64;
    keepalive_timeout 60s;
  }

  # Who is signed in (next-auth's session cookie) or sends a token: never answered from the cache.
  map $http_cookie $simulconf_signed_in {
    default 0;
    "~authjs\\.session-token" 1;
  }
  # What the app said of sharing its answer: only s-maxage answers are kept.
  map $upstream_http_cache_control $simulconf_not_shared {
    "~*(private|no-store|no-cache)" 1;
    "~*s-maxage" 0;
    default 1;
  }
  # The app compresses with gzip or not at all: one cached copy for each.
  map $http_accept_encoding $simulconf_gzip {
    "~*gzip" gzip;
    default "";
  }

  server {
    listen ${options.listen} reuseport;

    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Forwarded-Host $http_host;
    proxy_set_header Accept-Encoding $simulconf_gzip;
    proxy_read_timeout 60s;
    # Room for Next's long headers (Link, Vary) with the cache key in one cached file's header.
    proxy_buffer_size 32k;
    proxy_buffers 16 32k;
    # An instance that stops (a rolling deploy) or fails: the request goes to the next one.
    # POSTs are never sent twice (nginx does not retry them unless told).
    proxy_next_upstream error timeout http_502 http_503;
    proxy_next_upstream_tries 3;

    location / {
      proxy_pass http://simulconf;
      proxy_cache simulconf;
      proxy_cache_key "$scheme$http_host$request_uri|$simulconf_gzip|$http_rsc|$http_next_router_prefetch|$http_next_router_segment_prefetch|$http_next_router_state_tree";
      proxy_cache_methods GET HEAD;
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_valid 200 ${MICRO_CACHE_SECONDS}s;
      proxy_cache_bypass $simulconf_signed_in $http_authorization;
      proxy_no_cache $simulconf_signed_in $http_authorization $simulconf_not_shared;
      proxy_cache_use_stale updating error timeout http_502 http_503;
      proxy_cache_background_update on;
      add_header X-Cache-Status $upstream_cache_status always;
    }

    # Next's hashed scripts and styles never change under their name.
    location /_next/static/ {
      proxy_pass http://simulconf;
      proxy_cache simulconf;
      proxy_cache_key "$scheme$http_host$request_uri|$simulconf_gzip";
      proxy_cache_valid 200 1h;
    }
  }
}
`;
}

/** deploy/nginx.conf: two instances (deploy/simulconf@.service, ports 3001 and 3002) behind port 80. */
export const DEPLOY_NGINX: NginxOptions = {
  listen: "80",
  upstreams: ["127.0.0.1:3001", "127.0.0.1:3002"],
  stateDir: "/var/cache/nginx/simulconf",
  user: "www-data",
  accessLog: "/var/log/nginx/simulconf.access.log",
  errorLog: "/var/log/nginx/simulconf.error.log",
};
