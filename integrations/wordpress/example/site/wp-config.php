<?php
/**
 * The configuration of the throw-away WordPress site scripts/check-integrations.mjs runs: a copy of
 * Debian's /usr/share/wordpress with this file, a private MariaDB on a socket, and PHP's built-in
 * server. The check sets the environment variables.
 */
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . getenv('PAPER_FEED_WP_SOCKET'));
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
define('WP_HOME', getenv('PAPER_FEED_WP_ORIGIN'));
define('WP_SITEURL', getenv('PAPER_FEED_WP_ORIGIN'));
// Notices go to a log the check reads (WordPress 6.1's own deprecations under PHP 8.2 included).
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', getenv('PAPER_FEED_WP_LOG'));
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// The widget from this site instead of the CDN (the check copies dist/paper-feed*.js to /js/).
define('PAPER_FEED_SCRIPT', '/js/paper-feed.js');
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $key) {
  define($key, 'paper-feed-check-only');
}
if (!defined('ABSPATH')) {
  define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
