// The "Paper feed" block in the editor, written against WordPress's globals so no build step is
// needed: a text field or toggle per attribute in the sidebar (the attributes come from block.json),
// and a placeholder in the canvas. The page itself is rendered on the server (render.php).
/* global wp */
(function (blocks, element, blockEditor, components, i18n) {
  const el = element.createElement;
  const __ = i18n.__;
  const name = 'paper-feed/feed';

  blocks.registerBlockType(name, {
    edit(props) {
      const { attributes, setAttributes } = props;
      const definitions = blocks.getBlockType(name).attributes;
      const fields = Object.keys(definitions).map((key) =>
        definitions[key].type === 'boolean'
          ? el(components.ToggleControl, {
              key,
              label: key,
              checked: Boolean(attributes[key]),
              onChange: (value) => setAttributes({ [key]: value }),
            })
          : el(components.TextControl, {
              key,
              label: key,
              value: attributes[key] ?? '',
              onChange: (value) => setAttributes({ [key]: value || undefined }),
            }),
      );
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(blockEditor.InspectorControls, null, el(components.PanelBody, { title: __('Feed', 'paper-feed') }, fields)),
        el(components.Placeholder, {
          icon: 'media-document',
          label: __('Paper feed', 'paper-feed'),
          instructions: attributes.src || __('Set the feed address (src) in the block settings.', 'paper-feed'),
        }),
      );
    },
    save: () => null,
  });
})(wp.blocks, wp.element, wp.blockEditor, wp.components, wp.i18n);
