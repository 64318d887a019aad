// Only rules about what the browsers and WXT do with our CSS; formatting is Prettier's.
/** @type {import('stylelint').Config} */
export default {
  rules: {
    // WXT hoists these at-rules out of a shadow root into a <style> in the page; we have no use for them.
    'at-rule-disallowed-list': [['property', 'font-face']],
  },
  overrides: [
    {
      // The card's sheet is inlined into our shadow root.
      files: ['assets/card.css'],
      rules: {
        // Variables live on .fn-popover itself: on :host, page custom properties could override them.
        'selector-pseudo-class-disallowed-list': [['host']],
        // Text sizes in px, so page and browser font settings do not blow the card up.
        'declaration-property-unit-disallowed-list': [{ font: ['em', 'rem'], 'font-size': ['em', 'rem'] }],
      },
    },
  ],
};
