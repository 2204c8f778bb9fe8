// Parallax web pages. Every piece of data reaches the page through el() as text (textContent) or
// through safeHref(); nothing here ever assigns innerHTML or builds markup from strings.
'use strict';

(function () {
  const main = document.getElementById('main');

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [key, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) continue;
        if (key === 'class') node.className = String(value);
        else if (key === 'href') node.setAttribute('href', String(value));
        else if (key === 'title' || key === 'datetime' || key === 'lang' || key === 'dir'
            || key === 'name' || key === 'value' || key === 'type' || key === 'open'
            || key === 'id' || key === 'rel' || key === 'selected' || key === 'action'
            || key === 'method') {
          node.setAttribute(key, value === true ? '' : String(value));
        } else {
          throw new Error('attribute not allowed: ' + key);
        }
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) append(node, child);
      else if (child instanceof Node) node.appendChild(child);
      else node.appendChild(document.createTextNode(String(child)));
    }
  }

  // A link target only for http(s) URLs; anything else (javascript:, data:, …) is no link.
  function safeHref(raw) {
    if (typeof raw !== 'string' || raw === '') return null;
    try {
      const url = new URL(raw, window.location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(path, text) {
    return el('a', { href: path }, text);
  }

  function storyPath(id) {
    return '/stories/' + encodeURIComponent(id);
  }

  function articlePath(id) {
    return '/articles/' + encodeURIComponent(id);
  }

  function when(iso) {
    if (!iso) return '';
    return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
  }

  function time(iso) {
    return el('time', { datetime: iso || null }, when(iso));
  }

  // Replaces the page's content; null children (absent sections) are left out.
  function show(...children) {
    main.replaceChildren();
    append(main, children);
  }

  function status(text, isError) {
    const p = el('p', { class: isError ? 'status error' : 'status', id: 'status' }, text);
    main.replaceChildren(p);
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      throw new Error((body && body.error) || ('HTTP ' + response.status));
    }
    return body;
  }

  function pathId(prefix) {
    return decodeURIComponent(window.location.pathname.substring(prefix.length));
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function copyLabel(article) {
    if (article.copy === 'original') return 'original';
    const sim = article.copy_similarity === null || article.copy_similarity === undefined
      ? '' : ' ' + Number(article.copy_similarity).toFixed(2);
    return article.copy + ' copy' + sim;
  }

  // ---- story list and search ----

  const SORTS = [['latest', 'Latest'], ['size', 'Most articles'], ['sources', 'Most sources']];

  function storyRow(s) {
    return el('li', { class: 'story' },
      el('div', { class: 'headline' }, link(storyPath(s.id), s.headline || s.id)),
      el('div', { class: 'meta' },
        plural(s.article_count, 'article'), ' · ',
        plural(s.source_count, 'source'), ' (', s.independent_sources, ' independent) · ',
        time(s.first_seen), ' – ', time(s.last_seen),
        s.sources && s.sources.length ? ' · ' + s.sources.slice(0, 6).join(', ')
          + (s.sources.length > 6 ? ', …' : '') : ''));
  }

  function filterForm(params) {
    const field = (name, label, type) => el('label', null, label, ' ',
      el('input', { name: name, type: type || 'text', value: params.get(name) || '' }));
    const sort = el('select', { name: 'sort' },
      SORTS.map(([value, label]) => el('option', { value: value, selected: (params.get('sort') || 'latest') === value }, label)));
    return el('form', { class: 'filters', action: '/' },
      el('label', null, 'Sort ', sort),
      field('source', 'Source'), field('language', 'Language'), field('entity', 'Mentions'),
      field('from', 'From', 'date'), field('to', 'To', 'date'),
      el('button', { type: 'submit' }, 'Apply'));
  }

  function pager(params, total, limit, offset) {
    const nav = el('nav', { class: 'pager' });
    const to = (o) => {
      const p = new URLSearchParams(params);
      p.set('offset', String(Math.max(0, o)));
      return '/?' + p.toString();
    };
    if (offset > 0) nav.appendChild(link(to(offset - limit), '← Newer'));
    nav.appendChild(el('span', null, total === 0 ? 'none'
      : (offset + 1) + '–' + Math.min(total, offset + limit) + ' of ' + total));
    if (offset + limit < total) nav.appendChild(link(to(offset + limit), 'Older →'));
    return nav;
  }

  async function indexPage() {
    const params = new URLSearchParams(window.location.search);
    const q = params.get('q');
    document.getElementById('q').value = q || '';
    if (q) return searchPage(params, q);
    const query = new URLSearchParams();
    for (const key of ['sort', 'source', 'language', 'entity', 'from', 'to', 'limit', 'offset']) {
      const v = params.get(key);
      if (v) query.set(key, v);
    }
    if (!query.has('limit')) query.set('limit', '100');
    const page = await api('/api/stories?' + query.toString());
    const list = el('ol', { class: 'stories' });
    const fragment = document.createDocumentFragment();
    for (const s of page.stories) fragment.appendChild(storyRow(s));
    list.appendChild(fragment);
    show(
      el('h1', null, 'Stories'),
      filterForm(params),
      pager(query, page.total, page.limit, page.offset),
      page.stories.length ? list : el('p', { class: 'status' }, 'No stories match.'),
      pager(query, page.total, page.limit, page.offset));
  }

  async function searchPage(params, q) {
    const query = new URLSearchParams({ q: q, limit: params.get('limit') || '50', offset: params.get('offset') || '0' });
    const result = await api('/api/search?' + query.toString());
    const stories = el('ol', { class: 'stories' }, result.stories.map(storyRow));
    const articles = el('ol', { class: 'hits' }, result.articles.map((a) => el('li', { class: 'hit' },
      el('div', { class: 'headline' }, link(articlePath(a.id), a.title || a.id)),
      el('div', { class: 'meta' }, a.source, ' · ', time(a.published), ' · ', a.copy, ' · ',
        link(storyPath(a.story_id), 'story')),
      el('p', { class: 'snippet' }, a.snippet))));
    show(
      el('h1', null, 'Search: ', el('q', null, q)),
      el('h2', null, 'Stories'),
      result.stories.length ? stories : el('p', { class: 'status' }, 'No stories match.'),
      el('h2', null, 'Articles (' + result.total + ')'),
      pager(query, result.total, result.limit, result.offset),
      result.articles.length ? articles : el('p', { class: 'status' }, 'No articles match.'));
  }

  // ---- one story ----

  // Groups a story's articles into originals with the copies (and rewrites) derived from them,
  // followed transitively; a copy whose origin is not in this story stands on its own.
  function foldCopies(articles) {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const rootOf = (a) => {
      let current = a;
      const seen = new Set();
      while (current.copy_of && byId.has(current.copy_of) && !seen.has(current.id)) {
        seen.add(current.id);
        current = byId.get(current.copy_of);
      }
      return current;
    };
    const groups = new Map();
    for (const a of articles) {
      const root = rootOf(a);
      if (!groups.has(root.id)) groups.set(root.id, { head: root, copies: [] });
      if (root.id !== a.id) groups.get(root.id).copies.push(a);
    }
    return [...groups.values()];
  }

  function articleCard(a, withText) {
    const href = safeHref(a.url);
    return el('article', { class: 'card ' + a.copy, lang: a.language || null },
      el('div', { class: 'headline' }, link(articlePath(a.id), a.title || a.id)),
      el('div', { class: 'meta' }, a.source, ' · ', time(a.published || a.ingested), ' · ',
        el('span', { class: 'badge ' + a.copy }, copyLabel(a)),
        href ? [' · ', el('a', { href: href, rel: 'noopener noreferrer nofollow' }, 'source page')] : null),
      withText ? el('p', { class: 'excerpt' }, excerpt(a.text, 600)) : null);
  }

  function excerpt(text, max) {
    const t = (text || '').replace(/\s+/g, ' ').trim();
    return t.length <= max ? t : t.substring(0, max - 1) + '…';
  }

  function copiesFolded(copies) {
    if (!copies.length) return null;
    return el('details', { class: 'copies' },
      el('summary', null, (copies.length === 1 ? '1 copy' : copies.length + ' copies') + ' of this article'),
      el('ul', null, copies.map((c) => el('li', null, articleCard(c, false)))));
  }

  function timeline(story) {
    const groups = foldCopies(story.articles);
    return el('section', { class: 'timeline' },
      el('h2', null, 'Timeline'),
      el('ol', null, groups.map((g) => el('li', null,
        el('div', { class: 'when' }, time(g.head.published || g.head.ingested)),
        articleCard(g.head, false),
        copiesFolded(g.copies)))));
  }

  function sideBySide(story) {
    const bySource = new Map();
    for (const g of foldCopies(story.articles)) {
      const source = g.head.source;
      if (!bySource.has(source)) bySource.set(source, []);
      bySource.get(source).push(g);
    }
    const columns = [...bySource.entries()].map(([source, groups]) => el('div', { class: 'column' },
      el('h3', null, source),
      groups.map((g) => [articleCard(g.head, true), copiesFolded(g.copies)])));
    return el('section', { class: 'sources' },
      el('h2', null, 'Sources side by side'),
      el('div', { class: 'columns' }, columns));
  }

  // ---- what the sources say: summary, numbers, quotes, names ----

  function summary(story) {
    const sentences = story.summary || [];
    if (!sentences.length) return null;
    return el('section', { class: 'summary' },
      el('h2', null, 'Summary'),
      el('ul', null, sentences.map((s) => el('li', null, s.text, ' ',
        el('span', { class: 'meta' }, '(', link(articlePath(s.article_id), s.source), ')')))));
  }

  const VERDICTS = { conflict: 'sources disagree', compatible: 'compatible',
    agree: 'sources agree', single_source: 'one source' };

  function claimItem(c) {
    return el('li', { class: 'finding ' + c.verdict },
      el('div', { class: 'headline' }, c.counted || c.kind, ' ',
        el('span', { class: 'badge ' + c.verdict }, VERDICTS[c.verdict] || c.verdict)),
      el('ul', null, (c.values || []).map((v) => el('li', null,
        el('strong', null, v.value), ' — ', link(articlePath(v.article_id), v.source),
        v.sentence ? el('div', { class: 'quote-text' }, '“', excerpt(v.sentence, 300), '”') : null))));
  }

  // Conflicts first, then the other numbers more than one source gives, then single-source ones
  // folded away: disagreement is what a reader of many outlets most needs to see.
  function claims(story) {
    const all = story.claims || [];
    if (!all.length) return null;
    const conflicts = all.filter((c) => c.verdict === 'conflict');
    const shared = all.filter((c) => c.verdict === 'agree' || c.verdict === 'compatible');
    const single = all.filter((c) => c.verdict === 'single_source');
    return [
      conflicts.length ? el('section', { class: 'conflicts' },
        el('h2', null, 'Where the sources disagree'), el('ul', null, conflicts.map(claimItem))) : null,
      shared.length || single.length ? el('section', { class: 'claims' },
        el('h2', null, 'Numbers'),
        el('ul', null, shared.map(claimItem)),
        single.length ? el('details', null, el('summary', null, plural(single.length, 'number') + ' from one source'),
          el('ul', null, single.map(claimItem))) : null) : null];
  }

  function quotes(story) {
    const groups = story.quotes || [];
    if (!groups.length) return null;
    return el('section', { class: 'quotes' },
      el('h2', null, 'Who said what'),
      el('ul', null, groups.map((g) => el('li', { class: 'finding' },
        el('div', { class: 'headline' }, g.speaker || 'unattributed',
          ' ', el('span', { class: 'meta' }, plural((g.variants || []).length, 'version'),
            g.earliest ? [', first in ', g.earliest.source] : null)),
        el('ul', null, (g.variants || []).map((v) => el('li', null,
          el('div', { class: 'quote-text' }, '“', v.text, '”'),
          el('span', { class: 'meta' }, link(articlePath(v.article_id), v.source),
            v.verb ? ' · ' + v.verb : null, v.published ? [' · ', time(v.published)] : null))))))));
  }

  function entities(story) {
    const list = story.entities || [];
    if (!list.length) return null;
    return el('section', { class: 'entities' },
      el('h2', null, 'Names'),
      el('ul', { class: 'chips' }, list.slice(0, 40).map((e) => el('li', { class: 'chip ' + e.type },
        e.name, ' ', el('span', { class: 'meta', title: 'independent sources naming it' }, String(e.sources))))));
  }

  async function storyPage() {
    const id = pathId('/stories/');
    const story = await api('/api/stories/' + encodeURIComponent(id));
    document.title = 'Parallax — ' + (story.headline || story.id);
    show(
      el('h1', null, story.headline || story.id),
      el('p', { class: 'meta' }, plural(story.article_count, 'article'), ' from ',
        plural(story.source_count, 'source'), ' (', story.independent_sources, ' independent), ',
        time(story.first_seen), ' – ', time(story.last_seen), ' · story ', story.id),
      summary(story),
      claims(story),
      quotes(story),
      entities(story),
      sideBySide(story),
      timeline(story));
  }

  // ---- one article ----

  async function articlePage() {
    const id = pathId('/articles/');
    const a = await api('/api/articles/' + encodeURIComponent(id));
    document.title = 'Parallax — ' + (a.title || a.id);
    const href = safeHref(a.url);
    const provenance = el('dl', { class: 'provenance' },
      el('dt', null, 'Story'), el('dd', null, link(storyPath(a.story_id), a.story_headline || a.story_id)),
      el('dt', null, 'Copy'), el('dd', null, el('span', { class: 'badge ' + a.copy }, copyLabel(a))),
      a.copy_of ? [el('dt', null, 'Copy of'), el('dd', null, link(articlePath(a.copy_of),
        a.copy_of_article ? (a.copy_of_article.source + ': ' + (a.copy_of_article.title || a.copy_of)) : a.copy_of))] : null,
      el('dt', null, 'Story similarity'), el('dd', null, String(a.story_similarity)),
      el('dt', null, 'Published'), el('dd', null, a.published ? time(a.published) : 'unknown'),
      el('dt', null, 'Ingested'), el('dd', null, time(a.ingested)),
      el('dt', null, 'URL'), el('dd', null, href ? el('a', { href: href, rel: 'noopener noreferrer nofollow' }, a.url) : (a.url || 'none')),
      el('dt', null, 'Read from'), el('dd', null, a.origin),
      el('dt', null, 'Language'), el('dd', null, a.language || 'unknown'),
      el('dt', null, 'Cleaning repairs'), el('dd', null,
        Object.entries(a.repairs || {}).map(([k, n]) => k + ' ' + n).join(', ') || 'none'));
    const paragraphs = (a.text || '').split(/\n\s*\n/).map((p) => el('p', null, p.trim()));
    show(
      el('h1', null, a.title || a.id),
      el('p', { class: 'meta' }, a.source),
      provenance,
      el('section', { class: 'text' }, paragraphs));
  }

  const pages = { index: indexPage, story: storyPage, article: articlePage };
  const page = pages[document.body.dataset.page];
  if (page) {
    page().catch((e) => status('Could not load: ' + e.message, true));
  }
})();
