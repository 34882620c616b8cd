<?php
/**
 * The "Paper feed" block on the page: WordPress includes this file with $attributes set.
 *
 * @var array $attributes
 */

defined('ABSPATH') || exit;

echo paper_feed_block($attributes); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in paper_feed_render().
