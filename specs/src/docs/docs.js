// Renders a page of the smskit documentation site. The spec is inlined in the page (#spec) because a page opened
// from disk cannot fetch it. <body data-try-it-out> says which copy this is:
// - "spec-servers": the published copy, for reading; requests cannot be tried from it (the real APIs would need real
//   credentials and do not answer browsers of other origins);
// - "this-server": the copy the stub serves at /docs, whose "try it out" sends requests to the stub itself.
(function () {
  'use strict';

  const servedByStub = document.body.dataset.tryItOut === 'this-server';

  for (const note of document.querySelectorAll('.mode')) {
    if (servedByStub) {
      appendText(note, 'Served by the smskit stub: "Try it out" sends requests to this server (' + location.origin +
        '). Click Authorize and enter one of the stub\'s accounts (defaults in ' +
        '`server-stub/src/main/resources/application.yaml`).');
      const inbox = document.createElement('a');
      inbox.href = '/_stub/inbox/';
      inbox.className = 'inbox';
      inbox.textContent = 'the inbox';
      note.append(' Every message the stub recorded, live, in ', inbox, '.');
    } else {
      appendText(note, 'To try requests, start the smskit stub (`java -jar server-stub/target/server-stub.jar`) ' +
        'and open http://localhost:8080/docs/: the same pages, with "Try it out" sending requests to the stub.');
    }
  }

  const specElement = document.getElementById('spec');
  if (!specElement) {
    return; // the index page
  }
  const spec = JSON.parse(specElement.textContent);
  if (servedByStub) {
    spec.servers = sameOriginServers(spec.servers);
  }
  const authentication = describeAuthentication(spec);

  window.ui = SwaggerUIBundle({
    spec: spec,
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    deepLinking: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: 1,
    defaultModelExpandDepth: 3,
    displayOperationId: true,
    displayRequestDuration: true,
    showExtensions: true,
    showCommonExtensions: true,
    filter: true,
    validatorUrl: null,
    supportedSubmitMethods: servedByStub ? ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] : [],
    plugins: [AuthenticationAfterInfo]
  });

  // Shows the authentication section right under the API's title and description. React renders an empty
  // <section> and leaves its content alone: the content is built once, as plain DOM, and moved in.
  function AuthenticationAfterInfo(system) {
    const React = system.React;
    const fill = element => element && element.appendChild(authentication);
    return {
      wrapComponents: {
        InfoContainer: Original => props => React.createElement(React.Fragment, null,
          React.createElement(Original, props),
          React.createElement('section', { id: 'authentication', ref: fill }))
      }
    };
  }

  // Each server of the spec, moved to the origin of this page: its base path stays, as the stub serves every API
  // under the same paths as the real one (https://x.example/API/v1.0/REST -> http://localhost:8080/API/v1.0/REST).
  function sameOriginServers(servers) {
    const paths = (servers && servers.length ? servers : [{ url: '/' }])
      .map(server => new URL(server.url, location.href).pathname.replace(/\/+$/, ''));
    return [...new Set(paths)].map(path => ({ url: location.origin + path, description: 'this smskit stub' }));
  }

  // Swagger UI shows the security schemes only in its Authorize dialog: state them up front.
  function describeAuthentication(spec) {
    const section = document.createElement('div');
    const schemes = (spec.components && spec.components.securitySchemes) || {};
    const names = Object.keys(schemes);
    if (!names.length) {
      return section;
    }
    const heading = document.createElement('h2');
    heading.textContent = 'Authentication';
    section.appendChild(heading);

    const alternatives = (spec.security || []).map(requirement => Object.keys(requirement))
      .filter(required => required.length);
    if (alternatives.length) {
      const accepted = document.createElement('p');
      accepted.textContent = (alternatives.length > 1 ? 'Every operation needs one of: ' : 'Every operation needs: ') +
        alternatives.map(required => required.join(' + ')).join(', or ') +
        ' — unless the operation says otherwise (operations without a lock need none).';
      section.appendChild(accepted);
    }

    const list = document.createElement('dl');
    for (const name of names) {
      const term = document.createElement('dt');
      term.textContent = name;
      const definition = document.createElement('dd');
      const description = schemes[name].description;
      appendText(definition, transport(schemes[name]) + (description ? '. ' + description : ''));
      list.append(term, definition);
    }
    section.appendChild(list);
    return section;
  }

  function transport(scheme) {
    if (scheme.type === 'http' && /^basic$/i.test(scheme.scheme)) {
      return 'HTTP Basic: header `Authorization: Basic base64(user:password)`';
    }
    if (scheme.type === 'http' && /^bearer$/i.test(scheme.scheme)) {
      return 'HTTP Bearer: header `Authorization: Bearer <token>`';
    }
    if (scheme.type === 'apiKey') {
      return 'API key in the ' + scheme.in + ' `' + scheme.name + '`';
    }
    return scheme.type + (scheme.scheme ? ' ' + scheme.scheme : '');
  }

  // Text with `code` spans, added as DOM nodes (never as HTML).
  function appendText(element, text) {
    text.split('`').forEach((part, index) => {
      if (index % 2) {
        const code = document.createElement('code');
        code.textContent = part;
        element.appendChild(code);
      } else if (part) {
        element.appendChild(document.createTextNode(part));
      }
    });
  }
})();
