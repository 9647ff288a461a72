// How the local page reads markdown, in one place: Teams shows a subset of Markdown in messages and
// cards, and markdown-it with HTML off does the same job safely. chat.js uses it for message texts and
// the Adaptive Cards renderer for TextBlocks and facts; the card rendering test loads this very file.
(function (global) {
  'use strict';
  var md = global.markdownit({ html: false, linkify: true, breaks: true });
  global.AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = md.render(text);
    result.didProcess = true;
  };
  global.interviewBotMarkdown = md;
})(window);
