// Drives Jigsaw's perspective-api-client, unchanged, against a Comment Desk server.
//
// The client posts to Google's fixed URL; the only change is where its
// requests go: an axios request interceptor (axios is the client's own HTTP
// library, shared through node_modules) swaps Google's origin for ours.
// Usage: COMMENTDESK_URL=http://127.0.0.1:PORT COMMENTDESK_KEY=cdk_... node perspective_client.js
'use strict';

const axios = require('axios');
const Perspective = require('perspective-api-client');

const GOOGLE_ORIGIN = 'https://commentanalyzer.googleapis.com';
const target = process.env.COMMENTDESK_URL.replace(/\/$/, '');
const key = process.env.COMMENTDESK_KEY;

axios.interceptors.request.use(config => {
  if (config.url.startsWith(GOOGLE_ORIGIN)) {
    config.url = target + config.url.slice(GOOGLE_ORIGIN.length);
  }
  return config;
});

async function outcome(promise) {
  try {
    return {ok: true, data: await promise};
  } catch (error) {
    return {
      ok: false,
      name: error.name,
      message: error.message,
      status: error.response ? error.response.status : null,
    };
  }
}

(async () => {
  const client = new Perspective({apiKey: key});
  const results = {
    plain: await outcome(client.analyze('You are a wonderful neighbour.')),
    attributes: await outcome(
      client.analyze('<b>Thanks</b> for the report.', {attributes: ['toxicity', 'insult']}),
    ),
    resource: await outcome(
      client.analyze({
        comment: {text: 'What an idiot.'},
        requestedAttributes: {INSULT: {}, THREAT: {}},
        languages: ['en'],
        spanAnnotations: true,
        clientToken: 'js-token',
      }),
    ),
    language: await outcome(
      client.analyze({comment: {text: 'Bonjour'}, languages: ['fr']}),
    ),
    unknownAttribute: await outcome(client.analyze('hello', {attributes: ['flirtation']})),
    empty: await outcome(client.analyze('<p></p>')),
    badKey: await outcome(new Perspective({apiKey: 'wrong'}).analyze('hello')),
  };
  process.stdout.write(JSON.stringify(results));
})();
