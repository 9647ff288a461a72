// Renders Adaptive Cards and chat message texts as the local chat page does – Microsoft's adaptivecards
// bundle and markdown-it, set up by the page's own markdown.js – inside jsdom, and reports what a
// reader meets: the text, every link, and every element that formats text (bold, images, headings…).
//
//   node render.js <items.json> <LocalChat/web folder>   →   JSON report on stdout
//
// items.json: [{ "name": …, "card": {…AdaptiveCard…} } | { "name": …, "text": "…markdown…" }]
'use strict';
const fs = require('fs');
const path = require('path');
const { JSDOM } = require('jsdom');

const [input, web] = process.argv.slice(2);
const dom = new JSDOM('<!doctype html><html><body></body></html>', { runScripts: 'outside-only' });
const window = dom.window;
for (const file of [
  'node_modules/markdown-it/dist/browser/markdown-it.umd.min.js',
  'node_modules/adaptivecards/dist/adaptivecards.min.js',
  'markdown.js',
]) {
  window.eval(fs.readFileSync(path.join(web, file), 'utf8'));
}

const formatting = 'img,strong,em,b,i,s,del,code,pre,h1,h2,h3,h4,h5,h6,blockquote,ul,ol,li,table,hr';
const report = JSON.parse(fs.readFileSync(input, 'utf8')).map((item) => {
  let element;
  if (item.card) {
    const card = new window.AdaptiveCards.AdaptiveCard();
    card.parse(item.card);
    element = card.render();
    if (!element) throw new Error(`The renderer made nothing of ${item.name}`);
  } else {
    // chat.js shows a message's text this way.
    element = window.document.createElement('div');
    element.innerHTML = window.interviewBotMarkdown.render(item.text);
  }
  return {
    name: item.name,
    text: element.textContent,
    links: Array.from(element.querySelectorAll('a'), (a) => ({ text: a.textContent, href: a.getAttribute('href') })),
    // Inside what markdown made: a FactSet is itself a table, which is the card's layout, not formatting.
    formatted: Array.from(item.card ? element.querySelectorAll('.ac-textBlock') : [element])
      .flatMap((block) => Array.from(block.querySelectorAll(formatting), (e) => ({ tag: e.tagName.toLowerCase(), text: e.textContent }))),
  };
});
process.stdout.write(JSON.stringify(report));
