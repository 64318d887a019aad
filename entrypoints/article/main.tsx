// The extension's article page (/article.html, opened as /article.html#<entityId>).
// Unlisted: reached only from our own popup and cards, so it needs no
// web_accessible_resources entry and no permission.
import '../../assets/highlights.css';
import '../../assets/article.css';
import { mountArticlePage } from '../../lib/article-page/mount-article-page';

// The page lives as long as its tab: nothing ever aborts this signal.
mountArticlePage(document.getElementById('app')!, new AbortController().signal);
