<?php
/**
 * Plugin Name:       paper-feed
 * Description:       Research papers on any page: the <paper-feed>, <paper-card> and <subscribe-form> elements as shortcodes ([paper_feed], [paper_card], [subscribe_form]) and a "Paper feed" block, with the widget's script loaded once.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       paper-feed
 *
 * The script's URL: this version's CDN file, or the PAPER_FEED_SCRIPT constant (wp-config.php), or
 * the `paper_feed_script` filter.
 */

defined('ABSPATH') || exit;

const PAPER_FEED_VERSION = '0.1.0';

/**
 * The elements' attributes, from custom-elements.json (scripts/check-integrations.mjs keeps them
 * equal): every one is allowed through kses; the boolean ones are written bare, or left out when
 * given as "false".
 *
 * @return array<string, array{attributes: string[], booleans: string[]}>
 */
function paper_feed_elements(): array {
  return [
    'paper-feed' => [
      'attributes' => ['src', 'format', 'limit', 'page-size', 'heading', 'theme', 'max-age', 'timeout', 'proxy', 'mailto', 'no-cache', 'sort', 'searchable', 'query', 'min-upvotes', 'min-citations', 'date', 'week', 'month', 'date-nav', 'layout', 'hide-if-empty', 'link-target', 'state', 'stale'],
      'booleans' => ['date-nav', 'hide-if-empty', 'no-cache', 'searchable', 'stale'],
    ],
    'paper-card' => [
      'attributes' => ['href', 'heading', 'authors', 'published', 'venue', 'citations', 'upvotes', 'comments', 'org', 'thumbnail', 'pdf', 'code', 'project', 'variant', 'theme', 'heading-level', 'link-target', 'hide', 'new'],
      'booleans' => ['new'],
    ],
    'subscribe-form' => [
      'attributes' => ['provider', 'action', 'username', 'form-id', 'encoding', 'field', 'heading', 'name-field', 'consent', 'min-time', 'timeout', 'theme', 'label-hidden', 'state'],
      'booleans' => ['label-hidden', 'name-field'],
    ],
  ];
}

/** The widget's URL. */
function paper_feed_script_url(): string {
  $url = defined('PAPER_FEED_SCRIPT')
    ? (string) constant('PAPER_FEED_SCRIPT')
    : 'https://cdn.jsdelivr.net/npm/paper-feed@' . PAPER_FEED_VERSION . '/dist/paper-feed.js';
  return (string) apply_filters('paper_feed_script', $url);
}

/**
 * `<tag attributes>inner</tag>`, and the script enqueued (WordPress prints a handle once, however
 * many elements ask for it). Every named attribute passes through by its name (lower-case letters,
 * digits and hyphens; other names are left out), values escaped with esc_attr. A bare word
 * (`[paper_feed searchable]`) turns a boolean attribute on.
 *
 * @param array<int|string, mixed> $atts
 * @param string $inner light DOM, already safe HTML
 */
function paper_feed_render(string $tag, array $atts, string $inner = ''): string {
  wp_enqueue_script('paper-feed');
  $booleans = paper_feed_elements()[$tag]['booleans'];
  $html = '<' . $tag;
  foreach ($atts as $name => $value) {
    if (is_int($name)) {
      // A bare word in a shortcode arrives as a positional value.
      $name = strtolower((string) $value);
      $value = in_array($name, $booleans, true) ? true : null;
    }
    $name = strtolower($name);
    if ($value === null || !preg_match('/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/D', $name)) {
      continue;
    }
    if (is_bool($value)) {
      $value = $value ? 'true' : 'false';
    }
    $value = is_scalar($value) ? (string) $value : '';
    if (in_array($name, $booleans, true)) {
      if ($value !== '' && strtolower($value) !== 'false') {
        $html .= ' ' . $name;
      }
      continue;
    }
    $html .= ' ' . $name . '="' . esc_attr($value) . '"';
  }
  return $html . '>' . $inner . '</' . $tag . '>';
}

/** The no-JavaScript fallback of a feed: a link to its `src` (none when esc_url refuses it). */
function paper_feed_fallback(array $atts): string {
  $url = esc_url((string) ($atts['src'] ?? ''));
  if ($url === '') {
    return '';
  }
  $text = !empty($atts['heading']) ? (string) $atts['heading'] : __('Papers', 'paper-feed');
  return '<a href="' . $url . '">' . esc_html($text) . '</a>';
}

/** [paper_feed src="…" limit="5" searchable="true"] — content, if any, replaces the fallback link. */
function paper_feed_shortcode($atts, $content = ''): string {
  $atts = is_array($atts) ? $atts : [];
  $inner = trim((string) $content) !== '' ? do_shortcode((string) $content) : paper_feed_fallback($atts);
  return paper_feed_render('paper-feed', $atts, $inner);
}

/** [paper_card href="…" heading="…" authors="…"]The abstract.[/paper_card] (or abstract="…"). */
function paper_card_shortcode($atts, $content = ''): string {
  $atts = is_array($atts) ? $atts : [];
  $abstract = trim((string) $content) !== '' ? (string) $content : (string) ($atts['abstract'] ?? '');
  unset($atts['abstract']);
  $inner = '';
  if (!empty($atts['heading'])) {
    $heading = esc_html((string) $atts['heading']);
    $url = esc_url((string) ($atts['href'] ?? ''));
    $inner = $url !== ''
      ? '<a slot="heading" href="' . $url . '">' . $heading . '</a>'
      : '<span slot="heading">' . $heading . '</span>';
  }
  $inner .= esc_html(trim(wp_strip_all_tags($abstract)));
  return paper_feed_render('paper-card', $atts, $inner);
}

/** [subscribe_form provider="buttondown" username="…"] — content (a plain form) is passed through. */
function subscribe_form_shortcode($atts, $content = ''): string {
  $atts = is_array($atts) ? $atts : [];
  return paper_feed_render('subscribe-form', $atts, do_shortcode((string) $content));
}

/** The "Paper feed" block: rendered on the server from its attributes (block/render.php). */
function paper_feed_block($attributes): string {
  $attributes = is_array($attributes) ? $attributes : [];
  return paper_feed_render('paper-feed', $attributes, paper_feed_fallback($attributes));
}

/**
 * The three tags and their attributes (plus id, class, lang, dir, slot) through kses, so authors
 * without the unfiltered_html capability can write them in a Custom HTML block.
 */
function paper_feed_allowed_html($tags, $context) {
  if ($context !== 'post' || !is_array($tags)) {
    return $tags;
  }
  foreach (paper_feed_elements() as $tag => $element) {
    $allowed = ['id' => true, 'class' => true, 'lang' => true, 'dir' => true, 'slot' => true];
    foreach ($element['attributes'] as $name) {
      $allowed[$name] = true;
    }
    $tags[$tag] = $allowed;
  }
  return $tags;
}

function paper_feed_init(): void {
  // WordPress 6.3+ reads the strategy; 6.1 and 6.2 take the array as "in the footer".
  wp_register_script('paper-feed', paper_feed_script_url(), [], null, ['strategy' => 'defer', 'in_footer' => true]);
  add_shortcode('paper_feed', 'paper_feed_shortcode');
  add_shortcode('paper_card', 'paper_card_shortcode');
  add_shortcode('subscribe_form', 'subscribe_form_shortcode');
  if (function_exists('register_block_type')) {
    register_block_type(__DIR__ . '/block');
  }
}

/** A post whose HTML holds the tags themselves (a Custom HTML block) needs the script too. */
function paper_feed_enqueue_for_html(): void {
  $post = get_post();
  if ($post && preg_match('/<(?:paper-feed|paper-card|subscribe-form)[\s>]/', (string) $post->post_content)) {
    wp_enqueue_script('paper-feed');
  }
}

add_action('init', 'paper_feed_init');
add_action('wp_enqueue_scripts', 'paper_feed_enqueue_for_html');
add_filter('wp_kses_allowed_html', 'paper_feed_allowed_html', 10, 2);
