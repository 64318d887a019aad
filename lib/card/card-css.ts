import css from '../../assets/card.css?inline';

/** The card's stylesheet as text, for createShadowRootUi's `css` option (it lands inside the shadow root). */
export const cardCss: string = css;
