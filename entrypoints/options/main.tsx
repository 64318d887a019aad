import { render } from 'preact';
import '../../assets/options.css';
import '../../assets/switch.css';
import { t } from '../../lib/i18n';
import { App } from './App';

// Screen readers and hyphenation follow the language the browser picked for our messages.
document.documentElement.lang = t('locale');
document.title = `${t('optionsTitle')} · ${t('extName')}`;
render(<App />, document.getElementById('app')!);
