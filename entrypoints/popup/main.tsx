import { render } from 'preact';

render(<main>Fact Notes</main>, document.getElementById('app')!);
