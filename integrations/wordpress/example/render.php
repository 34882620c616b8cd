<?php
/**
 * Renders the example page of the WordPress plugin with php-cli and WordPress's own code, without a
 * database: the real wp-includes files for hooks, shortcodes, kses, escaping, scripts and blocks
 * (from the Debian `wordpress` package, /usr/share/wordpress, or $WP_DIR), plus stand-ins for the
 * few functions that would read the database or the request (marked STAND-IN below).
 *
 *   php render.php page > index.html   the page: post content through do_shortcode and do_blocks,
 *                                      the enqueued scripts printed as wp_footer does
 *   php render.php kses                what wp_kses_post keeps of raw tags, as JSON
 *   php render.php kit                 the plugin's version, default script URL and element lists, as JSON
 */
$mode = $argv[1] ?? 'page';

$wp = rtrim(getenv('WP_DIR') ?: '/usr/share/wordpress', '/');
if (!is_file("$wp/wp-includes/kses.php")) {
  fwrite(STDERR, "WordPress was not found at $wp (on Debian: apt-get install wordpress, or set WP_DIR)\n");
  exit(2);
}
define('ABSPATH', "$wp/");
define('WPINC', 'wp-includes');
define('WP_DEBUG', true);
define('KB_IN_BYTES', 1024); // from wp_initial_constants(), which this harness does not run
define('WP_CONTENT_DIR', "$wp/wp-content");
define('WP_PLUGIN_DIR', dirname(__DIR__));
if ($mode === 'page') {
  // The widget from this site instead of the CDN (the check copies dist/paper-feed*.js to /js/).
  define('PAPER_FEED_SCRIPT', '/js/paper-feed.js');
}
error_reporting(E_ALL);
set_error_handler(function ($level, $message, $file, $line) {
  throw new ErrorException($message, 0, $level, $file, $line);
});

// STAND-IN: options, translations, URLs and the current post come from the database and the request.
function __($text, $domain = 'default') {
  return $text;
}
function _x($text, $context, $domain = 'default') {
  return $text;
}
function translate_settings_using_i18n_schema($schema, $settings, $domain) {
  return $settings;
}
function get_locale() {
  return 'en_US';
}
function site_url($path = '') {
  return 'http://localhost' . $path;
}
function plugins_url($path = '', $plugin = '') {
  return 'http://localhost/wp-content/plugins/paper-feed/block/' . ltrim($path, '/');
}
function get_theme_file_path($file = '') {
  return '/no-theme/' . $file;
}
function get_post() {
  return null;
}

foreach ([
  'load.php', 'plugin.php', 'class-wp-object-cache.php', 'cache.php', 'functions.php', 'formatting.php', 'kses.php', 'shortcodes.php',
  'class-wp-dependency.php', 'class-wp-dependencies.php', 'class-wp-scripts.php', 'functions.wp-scripts.php',
  'class-wp-block-type.php', 'class-wp-block-type-registry.php', 'class-wp-block-parser.php', 'class-wp-block.php',
  'class-wp-block-list.php', 'class-wp-block-supports.php', 'blocks.php', 'rest-api.php',
] as $file) {
  require_once ABSPATH . WPINC . "/$file";
}

// STAND-IN: the options table is this list, in WordPress's own in-memory object cache and through its
// pre_option hook; reading any other option stops the harness.
$options = ['blog_charset' => 'UTF-8', 'siteurl' => 'http://localhost', 'home' => 'http://localhost'];
wp_cache_init();
wp_cache_set('alloptions', $options, 'options');
add_filter('pre_option', function ($pre, $name) use ($options) {
  if (!array_key_exists($name, $options)) {
    throw new RuntimeException("the harness has no stand-in for the option $name");
  }
  return $options[$name];
}, 10, 2);

require dirname(__DIR__) . '/paper-feed/paper-feed.php';
do_action('init');

if ($mode === 'kit') {
  $header = get_file_data(dirname(__DIR__) . '/paper-feed/paper-feed.php', ['version' => 'Version']);
  echo json_encode([
    'version' => PAPER_FEED_VERSION === $header['version'] ? PAPER_FEED_VERSION : 'header ' . $header['version'] . ' ≠ ' . PAPER_FEED_VERSION,
    'script' => paper_feed_script_url(),
    'elements' => paper_feed_elements(),
  ], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
  exit(0);
}
if ($mode === 'kses') {
  $raw = '<paper-feed src="/papers.json" searchable limit="3" onclick="alert(1)" data-x="1">'
    . '<a href="/papers.json">Papers</a></paper-feed>'
    . '<paper-card heading="T" href="https://example.org/" new onmouseover="x()">Abstract</paper-card>'
    . '<subscribe-form provider="buttondown" username="u" label-hidden style="color:red"></subscribe-form>'
    . '<script>alert(1)</script>';
  echo json_encode(['input' => $raw, 'output' => wp_kses_post($raw)], JSON_PRETTY_PRINT), "\n";
  exit(0);
}

$content = file_get_contents(__DIR__ . '/post.html');
$body = do_shortcode(do_blocks($content));
ob_start();
wp_print_scripts(); // what wp_footer prints: every enqueued handle, once
$scripts = ob_get_clean();
echo <<<HTML
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Papers</title>
  </head>
  <body>
    <main>
$body
    </main>
$scripts
  </body>
</html>

HTML;
