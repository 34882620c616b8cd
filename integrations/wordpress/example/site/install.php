<?php
/**
 * Installs the throw-away site, activates the plugin and a bare theme, and writes the posts: one by
 * an administrator (shortcodes and the block, as in ../post.html) and one by an author, who lacks
 * unfiltered_html, with the tags written as HTML (kses filters it on save). Prints the posts' ids as
 * JSON. Run with php-cli from the site's folder (scripts/check-integrations.mjs sets the environment).
 */
define('WP_INSTALLING', true);
// No mail server here: the "new site" mail goes nowhere (wp_mail is pluggable).
function wp_mail() {
  return true;
}
$_SERVER['HTTP_HOST'] = parse_url(getenv('PAPER_FEED_WP_ORIGIN'), PHP_URL_HOST);
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install('paper-feed check', 'admin', 'admin@example.invalid', false, '', 'admin-password');
update_option('permalink_structure', '');
switch_theme('paper-feed-check');
$activated = activate_plugin('paper-feed/paper-feed.php');
if (is_wp_error($activated)) {
  fwrite(STDERR, 'activate_plugin: ' . $activated->get_error_message() . "\n");
  exit(1);
}

wp_set_current_user($installed['user_id']);
$papers = wp_insert_post([
  'post_title' => 'Papers',
  'post_status' => 'publish',
  'post_content' => wp_slash(file_get_contents(getenv('PAPER_FEED_WP_POST'))),
], true);

$author = wp_insert_user(['user_login' => 'author', 'user_pass' => 'author-password', 'role' => 'author']);
wp_set_current_user($author);
$html = wp_insert_post([
  'post_title' => 'Raw HTML by an author',
  'post_status' => 'publish',
  'post_content' => wp_slash('<!-- wp:html --><paper-feed id="feed" src="/papers.json" limit="3" searchable onclick="alert(1)">'
    . '<a href="/papers.json">Papers</a></paper-feed><script>document.title = "injected"</script><!-- /wp:html -->'),
], true);

foreach ([$papers, $html, $author] as $result) {
  if (is_wp_error($result)) {
    fwrite(STDERR, $result->get_error_message() . "\n");
    exit(1);
  }
}
echo json_encode(['papers' => $papers, 'html' => $html, 'canAuthorPostHtml' => user_can($author, 'unfiltered_html')]), "\n";
