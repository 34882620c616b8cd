import fc from 'fast-check';

// What the readers' property tests feed them in place of real values — shared by the property
// tests of every format, so each reader meets every hostile link and payload any of them knows.

/** Links a feed may send: real ones, and those that must never become a link on a card. */
export const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/relative/path',
    '//protocol-relative.example/x',
    'https://doi.org/10.1234/abc',
    'https://arxiv.org/abs/2406.16218v2',
  ),
);

/** Markup that must end as text. */
export const payload = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '&lt;b&gt;',
  '<jats:p>a</jats:p>',
  ' . ',
);

export const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), payload, url);

/** Any JSON-ish value where a field is expected. */
export const anything = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

/** A field's value: text more often than not. */
export const field = fc.oneof(anything, text);
