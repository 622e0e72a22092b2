// Cartograph explorer: the graph of graph.json, laid out in advance, in one file that needs no network.
// Every text from the graph reaches the page through textContent or the canvas, never as markup.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var communityPalette = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948',
    '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#8c564b'];

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }
  function fmt(x) { return Number(x).toPrecision(3); }
  function communityColour(c) { return communityPalette[c % communityPalette.length]; }

  document.getElementById('title').textContent = data.title;
  document.title = data.title;
  document.getElementById('note').textContent = data.note || '';

  var maxRank = 0, maxWeight = 1;
  data.nodes.forEach(function (n) { if (n.pagerank > maxRank) maxRank = n.pagerank; });
  data.edges.forEach(function (e) { if (e.weight > maxWeight) maxWeight = e.weight; });

  var elements = [];
  data.nodes.forEach(function (n, i) {
    var scale = maxRank > 0 ? Math.sqrt(n.pagerank / maxRank) : 0;
    elements.push({
      group: 'nodes',
      data: { id: 'n' + i, index: i, label: n.label, size: 10 + 46 * scale, fontSize: 9 + 15 * scale,
        typeColour: data.types[n.type].color, communityColour: communityColour(n.community) },
      position: { x: n.x, y: n.y }
    });
  });
  data.edges.forEach(function (e, i) {
    var r = data.relations[e.relation];
    elements.push({
      group: 'edges',
      data: { id: 'e' + i, index: i, source: 'n' + e.source, target: 'n' + e.target, colour: r.color,
        width: 0.6 + 3 * Math.log(e.weight) / Math.log(maxWeight + 1), arrow: r.symmetric ? 'none' : 'triangle' }
    });
  });

  var cy = cytoscape({
    container: document.getElementById('graph'),
    elements: elements,
    layout: { name: 'preset', fit: true, padding: 30 },
    minZoom: 0.02,
    maxZoom: 8,
    textureOnViewport: data.nodes.length > 3000,
    hideEdgesOnViewport: data.edges.length > 5000,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(typeColour)', 'width': 'data(size)', 'height': 'data(size)',
        // central nodes get larger labels, which stay readable when the whole map is in view
        'label': 'data(label)', 'font-size': 'data(fontSize)', 'min-zoomed-font-size': 8, 'text-valign': 'bottom',
        'text-margin-y': 2, 'color': '#222', 'text-outline-color': '#fff', 'text-outline-width': 1.5,
        'border-width': 0.5, 'border-color': '#444' } },
      { selector: 'node.by-community', style: { 'background-color': 'data(communityColour)' } },
      { selector: 'edge', style: {
        'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'data(arrow)',
        'arrow-scale': 0.6, 'width': 'data(width)', 'curve-style': 'straight', 'opacity': 0.7 } },
      { selector: '.hidden', style: { 'display': 'none' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } },
      { selector: '.faded', style: { 'opacity': 0.12 } }
    ]
  });

  // --- search: by label, id or any alias, case-insensitive; exact before prefix before substring, then PageRank
  var names = [];
  data.nodes.forEach(function (n, i) {
    names.push({ key: n.label.toLowerCase(), index: i });
    names.push({ key: n.id.toLowerCase(), index: i });
    n.aliases.forEach(function (a) { names.push({ key: a.toLowerCase(), index: i }); });
  });
  var datalist = document.getElementById('names');
  var listed = {};
  data.nodes.slice().sort(function (a, b) { return b.pagerank - a.pagerank; }).slice(0, 3000).forEach(function (n) {
    [n.label].concat(n.aliases).forEach(function (name) {
      if (listed[name]) return;
      listed[name] = true;
      var option = document.createElement('option');
      option.value = name;
      datalist.appendChild(option);
    });
  });

  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return -1;
    var best = -1, bestClass = 3;
    names.forEach(function (entry) {
      var cls = entry.key === q ? 0 : entry.key.indexOf(q) === 0 ? 1 : entry.key.indexOf(q) >= 0 ? 2 : 3;
      if (cls < bestClass || (cls === bestClass && cls < 3 && data.nodes[entry.index].pagerank > data.nodes[best].pagerank)) {
        best = entry.index;
        bestClass = cls;
      }
    });
    return bestClass < 3 ? best : -1;
  }

  function focus(index) {
    var node = cy.getElementById('n' + index);
    cy.elements().unselect();
    node.removeClass('hidden');
    node.select();
    // zoom and pan in one animation, computed so the node ends in the middle of the view
    var level = Math.max(cy.zoom(), 1.5), at = node.position();
    cy.stop();
    cy.animate({ zoom: level, pan: { x: cy.width() / 2 - at.x * level, y: cy.height() / 2 - at.y * level } }, { duration: 300 });
    showDetails(index);
  }

  var searchBox = document.getElementById('search');
  var searchResult = document.getElementById('search-result');
  function search() {
    var index = find(searchBox.value);
    if (index < 0) {
      searchResult.textContent = searchBox.value.trim() ? 'No entity is called that.' : '';
      return -1;
    }
    searchResult.textContent = 'Found ' + data.nodes[index].label + ' (' + data.types[data.nodes[index].type].name + ')';
    focus(index);
    return index;
  }
  searchBox.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') search(); });
  searchBox.addEventListener('change', search);

  // --- details of one node: its facts, then its neighbours by relation with each edge's quotes
  var details = document.getElementById('details');
  function list(title, items) {
    var frag = document.createDocumentFragment();
    frag.appendChild(el('h3', title + ' (' + items.length + ')'));
    var ul = el('ul');
    items.forEach(function (item) { ul.appendChild(el('li', item)); });
    frag.appendChild(ul);
    return frag;
  }
  function showDetails(index) {
    var n = data.nodes[index];
    details.replaceChildren();
    details.appendChild(el('h2', n.label));
    details.appendChild(el('div', data.types[n.type].name + ' · ' + n.mentions + ' mentions · PageRank ' + fmt(n.pagerank) +
      ' · community ' + n.community + ' · ' + n.degree + ' relations', 'facts'));
    if (n.aliases.length) details.appendChild(list('Also called', n.aliases));
    details.appendChild(list('Documents', n.documents));
    var groups = {};
    var order = [];
    data.edges.forEach(function (e, i) {
      if (e.source !== index && e.target !== index) return;
      var r = data.relations[e.relation];
      var outgoing = e.source === index;
      var key = r.symmetric ? r.name : (outgoing ? r.name + ' →' : '← ' + r.name);
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push({ edge: e, other: outgoing ? e.target : e.source });
    });
    var neighbours = el('div');
    neighbours.id = 'neighbours';
    neighbours.appendChild(el('h3', 'Neighbours'));
    if (!order.length) neighbours.appendChild(el('p', 'No relations.'));
    order.forEach(function (key) {
      neighbours.appendChild(el('h4', key + ' (' + groups[key].length + ')'));
      var ul = el('ul');
      groups[key].forEach(function (g) {
        var li = el('li');
        var link = el('button', data.nodes[g.other].label, 'link');
        link.addEventListener('click', function () { focus(g.other); });
        li.appendChild(link);
        li.appendChild(document.createTextNode(' · weight ' + g.edge.weight));
        if (g.edge.rules.length) {
          var rules = el('span', ' · ' + g.edge.rules.join(', '), 'rules');
          rules.title = 'the rules of extraction that made this relation (cartograph explain)';
          li.appendChild(rules);
        }
        g.edge.quotes.forEach(function (q) {
          var quote = el('div', null, 'quote');
          quote.appendChild(el('div', q.document + ', line ' + q.line + (q.speaker ? ', ' + q.speaker : ''), 'where'));
          quote.appendChild(el('div', '“' + q.quote + '”'));
          li.appendChild(quote);
        });
        if (g.edge.more > 0) li.appendChild(el('div', '+' + g.edge.more + ' more quotes in graph.json', 'where'));
        ul.appendChild(li);
      });
      neighbours.appendChild(ul);
    });
    details.appendChild(neighbours);
  }
  cy.on('tap', 'node', function (ev) { showDetails(ev.target.data('index')); });

  // --- filters: entity types, relations, minimum weight
  var typeBoxes = [], relationBoxes = [];
  function checkbox(container, text, swatch, boxes) {
    var label = el('label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', applyFilters);
    boxes.push(box);
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(text));
    container.appendChild(label);
  }
  data.types.forEach(function (t) {
    var s = el('span', null, 'swatch');
    s.style.background = t.color;
    checkbox(document.getElementById('type-filters'), t.name, s, typeBoxes);
  });
  data.relations.forEach(function (r) {
    var s = el('span', null, 'line');
    s.style.borderTopColor = r.color;
    s.style.borderTopStyle = r.style;
    checkbox(document.getElementById('relation-filters'), r.name, s, relationBoxes);
  });
  var weightSlider = document.getElementById('min-weight');
  weightSlider.max = String(maxWeight);
  weightSlider.addEventListener('input', function () {
    document.getElementById('weight-value').textContent = weightSlider.value;
    applyFilters();
  });
  function applyFilters() {
    var minWeight = Number(weightSlider.value);
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        node.toggleClass('hidden', !typeBoxes[data.nodes[node.data('index')].type].checked);
      });
      cy.edges().forEach(function (edge) {
        var e = data.edges[edge.data('index')];
        var hide = !relationBoxes[e.relation].checked || e.weight < minWeight ||
          edge.source().hasClass('hidden') || edge.target().hasClass('hidden');
        edge.toggleClass('hidden', hide);
      });
    });
  }

  // --- colouring and legend
  var legend = document.getElementById('legend');
  function showLegend(mode) {
    legend.replaceChildren();
    if (mode === 'type') {
      data.types.forEach(function (t) {
        var row = el('div');
        var s = el('span', null, 'swatch');
        s.style.background = t.color;
        row.appendChild(s);
        row.appendChild(document.createTextNode(t.name));
        legend.appendChild(row);
      });
    } else {
      data.communities.slice(0, 12).forEach(function (c) {
        var row = el('div');
        var s = el('span', null, 'swatch');
        s.style.background = communityColour(c.id);
        row.appendChild(s);
        row.appendChild(document.createTextNode(c.id + ': ' + c.members.join(', ') + ' (' + c.size + ')'));
        legend.appendChild(row);
      });
    }
    data.relations.forEach(function (r) {
      var row = el('div');
      var s = el('span', null, 'line');
      s.style.borderTopColor = r.color;
      s.style.borderTopStyle = r.style;
      row.appendChild(s);
      row.appendChild(document.createTextNode(r.name));
      legend.appendChild(row);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('input[name=colour]'), function (radio) {
    radio.addEventListener('change', function () {
      cy.nodes().toggleClass('by-community', radio.value === 'community' && radio.checked);
      showLegend(radio.value);
    });
  });
  showLegend('type');

  // for the browser tests and for scripting from the console
  window.cartographExplorer = {
    nodeCount: function () { return cy.nodes().length; },
    edgeCount: function () { return cy.edges().length; },
    visibleNodeCount: function () { return cy.nodes().not('.hidden').length; },
    fit: function () { cy.fit(undefined, 20); },
    search: function (query) { searchBox.value = query; var i = search(); return i < 0 ? null : data.nodes[i].id; },
    renderedPosition: function (id) {
      for (var i = 0; i < data.nodes.length; i++)
        if (data.nodes[i].id === id) return cy.getElementById('n' + i).renderedPosition();
      return null;
    },
    ready: true
  };
})();
