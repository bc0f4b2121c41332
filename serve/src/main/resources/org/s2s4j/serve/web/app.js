// The s2s4j translation page: posts the text to /v1/translate and draws the attention as a table.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);

  function setStatus(text, isError) {
    $('status').textContent = text;
    $('status').className = isError ? 'error' : '';
  }

  async function loadModels() {
    try {
      const response = await fetch('v1/models');
      const body = await response.json();
      if (!response.ok) {
        setStatus(body.error || response.statusText, true);
        return;
      }
      for (const m of body.models) {
        const option = document.createElement('option');
        option.value = m.name;
        option.textContent = m.name;
        option.selected = m.name === body.default;
        $('model').appendChild(option);
      }
    } catch (e) {
      setStatus('cannot list the models: ' + e, true);
    }
  }

  function cell(tag, text) {
    const c = document.createElement(tag);
    c.textContent = text;
    return c;
  }

  function drawHeatmap(attention) {
    const table = $('heatmap');
    table.replaceChildren();
    const head = document.createElement('thead');
    const top = document.createElement('tr');
    top.appendChild(cell('th', ''));
    for (const s of attention.source) {
      top.appendChild(cell('th', s));
    }
    head.appendChild(top);
    table.appendChild(head);
    const body = document.createElement('tbody');
    attention.target.forEach((t, row) => {
      const tr = document.createElement('tr');
      tr.appendChild(cell('th', t));
      attention.source.forEach((s, col) => {
        const w = attention.weights[row][col];
        const td = document.createElement('td');
        td.style.backgroundColor = 'rgba(25, 80, 160, ' + w.toFixed(3) + ')';
        td.title = t + ' \u2190 ' + s + ': ' + w.toFixed(3);
        td.dataset.weight = w;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
  }

  async function translate(event) {
    event.preventDefault();
    const text = $('source').value;
    setStatus('translating\u2026', false);
    $('translate').disabled = true;
    try {
      const response = await fetch('v1/translate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: text, model: $('model').value || null,
          beam: parseInt($('beam').value, 10), attention: true })
      });
      const body = await response.json();
      if (!response.ok) {
        setStatus(body.error || response.statusText, true);
        return;
      }
      const result = body.results[0];
      const best = result.translations[0];
      $('translation').textContent = best.text;
      $('meta').textContent = 'model ' + body.model + ', beam ' + body.beam + ', score '
        + best.score.toFixed(3) + ', log-probability ' + best.logprob.toFixed(3);
      $('warning').hidden = !result.warning;
      $('warning').textContent = result.warning || '';
      drawHeatmap(result.attention);
      $('result').hidden = false;
      setStatus('', false);
    } catch (e) {
      setStatus('request failed: ' + e, true);
    } finally {
      $('translate').disabled = false;
    }
  }

  $('form').addEventListener('submit', translate);
  // A link such as /?text=A+man+is+sleeping.&beam=3 fills the form and translates at once.
  const query = new URLSearchParams(window.location.search);
  loadModels().then(() => {
    if (query.has('beam')) {
      $('beam').value = query.get('beam');
    }
    if (query.has('model')) {
      $('model').value = query.get('model');
    }
    if (query.has('text')) {
      $('source').value = query.get('text');
      $('form').requestSubmit();
    }
  });
}());
