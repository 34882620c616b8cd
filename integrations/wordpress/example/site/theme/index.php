<!doctype html>
<html <?php language_attributes(); ?>>
  <head>
    <meta charset="utf-8" />
    <?php wp_head(); ?>
  </head>
  <body>
    <main>
      <?php
      while (have_posts()) {
        the_post();
        echo '<h1>', esc_html(get_the_title()), '</h1>';
        the_content();
      }
      ?>
    </main>
    <?php wp_footer(); ?>
  </body>
</html>
