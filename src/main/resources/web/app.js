'use strict';
// The page of `signsnet serve`: sends a photo to POST /api/explain and shows the answer.
// Plain JavaScript, no build step and no outside resources, so the page works offline.

const $ = (id) => document.getElementById(id);
const SIGNS_CLASSES = ['0', '1', '2', '3', '4', '5'];
let classes = SIGNS_CLASSES; // the model's class names (GET /api/model), in the order of its outputs
let lastUpload = null; // {blob, name}: what "Download everything as one PNG" sends again
let webcamStream = null;

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function setStatus(text, kind) {
  const status = $('status');
  status.textContent = text;
  status.className = 'status' + (kind ? ' ' + kind : '');
}

function percent(p) {
  return (100 * p).toFixed(1) + '%';
}

function formatNumber(v) {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  if (a >= 0.01) return v.toFixed(2);
  return v.toExponential(1);
}

/** The error line of a failed API call, or a generic one. */
/** What the page calls class c: "2 fingers" for SIGNS' numbered classes, else the class's name. */
function className(c) {
  if (classes.join('\n') === SIGNS_CLASSES.join('\n')) return c + (c === 1 ? ' finger' : ' fingers');
  return classes[c];
}

async function errorOf(response) {
  try {
    const body = await response.json();
    if (body && body.error) return body.error;
  } catch (ignored) { /* not JSON */ }
  return 'the server answered ' + response.status + ' ' + response.statusText;
}

async function loadModel() {
  const response = await fetch('/api/model');
  if (!response.ok) throw new Error(await errorOf(response));
  const info = await response.json();
  const m = info.model;
  classes = m.classes;
  $('model-label').textContent = 'model ' + m.file + (m.preset ? ' · ' + m.preset + ' preset' : '')
      + (m.epochs ? ' · ' + m.epochs + ' epochs' : '') + ' · ' + m.parameters.toLocaleString('en') + ' parameters';
  const root = document.documentElement.style;
  root.setProperty('--maps-gradient', 'linear-gradient(90deg, ' + info.colormaps.maps.join(', ') + ')');
  root.setProperty('--saliency-gradient', 'linear-gradient(90deg, ' + info.colormaps.saliency.join(', ') + ')');
  const body = document.querySelector('#architecture tbody');
  body.replaceChildren();
  const input = element('tr');
  input.append(element('td', null, 'input'), element('td', null, 'an RGB photo resized to 64×64'),
      element('td', 'shape', info.input.join(' × ')), element('td', 'params', ''));
  body.append(input);
  for (const layer of info.layers) {
    const row = element('tr');
    row.append(element('td', null, layer.name), element('td', null, pretty(layer.description)),
        element('td', 'shape', layer.output.join(' × ')),
        element('td', 'params', layer.parameters ? layer.parameters.toLocaleString('en') : ''));
    body.append(row);
  }
}

function pretty(text) {
  return text.replace(/ -> /g, ' → ').replace(/(\d)x(\d)/g, '$1×$2');
}

async function loadSamples() {
  const response = await fetch('/api/samples');
  if (!response.ok) throw new Error(await errorOf(response));
  const samples = (await response.json()).samples;
  const box = $('samples');
  box.replaceChildren();
  $('sample-count').textContent = samples.length ? '(' + samples.length + ')' : '';
  if (!samples.length) {
    box.append(element('p', 'hint', 'No sample photos were found next to the server.'));
    return;
  }
  for (const sample of samples) {
    const button = element('button', sample.label === null ? 'wide' : null);
    button.type = 'button';
    button.title = sample.name + (sample.label === null ? '' : ' (true class ' + sample.label + ')');
    button.dataset.name = sample.name;
    const img = element('img');
    img.loading = 'lazy';
    img.alt = sample.name;
    img.src = '/api/samples/' + encodeURIComponent(sample.name);
    button.append(img, element('span', 'tag', sample.label === null ? sample.name : String(sample.label)));
    button.addEventListener('click', () => analyseSample(sample));
    box.append(button);
  }
}

async function analyseSample(sample) {
  setStatus('Loading ' + sample.name + '…', 'busy');
  const response = await fetch('/api/samples/' + encodeURIComponent(sample.name));
  if (!response.ok) {
    setStatus(await errorOf(response), 'error');
    return;
  }
  await analyse(await response.blob(), sample.name, sample.label);
}

/** Sends the photo to /api/explain and shows the answer. */
async function analyse(blob, name, trueLabel) {
  lastUpload = {blob, name};
  setStatus('Running the network on ' + name + '…', 'busy');
  const form = new FormData();
  form.append('image', blob, name);
  let response;
  try {
    response = await fetch('/api/explain', {method: 'POST', body: form});
  } catch (e) {
    setStatus('The server cannot be reached: is signsnet serve still running?', 'error');
    return;
  }
  if (!response.ok) {
    setStatus(await errorOf(response), 'error');
    return;
  }
  const explanation = await response.json();
  show(explanation, trueLabel === undefined ? null : trueLabel);
  setStatus('');
}

function show(e, trueLabel) {
  $('result').hidden = false;
  const k = e.predicted;
  const predicted = $('predicted-class');
  predicted.textContent = className(k);
  predicted.dataset.class = String(k);
  $('predicted-probability').textContent = percent(e.probabilities[k]) + ' sure';
  const truth = $('true-label');
  truth.className = 'true-label';
  truth.textContent = '';
  if (trueLabel !== null) {
    const right = String(trueLabel) === classes[k];
    truth.textContent = 'true class ' + trueLabel + (right ? ': right' : ': wrong');
    truth.classList.add(right ? 'right' : 'wrong');
  }
  $('image-name').textContent = e.image;
  showProbabilities(e.probabilities, k);
  $('input-image').src = e.input;
  $('saliency-overlay').src = e.saliency.overlay;
  $('saliency-heat').src = e.saliency.heat;
  $('saliency-caption').textContent = 'Saliency |∂z' + String.fromCharCode(0x2080 + k) + '/∂x|';
  $('saliency-max').textContent = formatNumber(e.saliency.scale);
  showStages(e.stages);
}

function showProbabilities(probabilities, k) {
  const bars = $('probabilities');
  bars.replaceChildren();
  probabilities.forEach((p, c) => {
    const top = c === k ? 'top' : '';
    const track = element('div', 'track ' + top);
    const fill = element('div', 'fill');
    fill.style.width = (100 * p).toFixed(2) + '%';
    track.append(fill);
    const label = element('span', top, className(c));
    const value = element('span', 'value ' + top, percent(p));
    label.dataset.class = String(c);
    bars.append(label, track, value);
  });
}

function showStages(stages) {
  const box = $('stages');
  box.replaceChildren();
  for (const stage of stages) {
    const [h, w, c] = stage.shape;
    const section = element('section', 'stage');
    section.dataset.stage = stage.name;
    section.append(element('h3', null, pretty(stage.title)),
        element('p', 'shape', c + ' maps of ' + h + '×' + w + ' · output ' + h + ' × ' + w + ' × ' + c));
    const maps = element('div', 'maps');
    const side = c > 32 ? 56 : Math.max(h, w) <= 4 ? 56 : Math.max(h, w) <= 8 ? 72 : 96;
    stage.maps.forEach((map, i) => {
      const figure = element('div', 'map');
      const img = element('img', 'pixelated');
      img.width = side;
      img.height = side;
      img.alt = stage.name + ' map ' + (i + 1);
      img.src = map.png;
      figure.append(img, element('span', 'index', String(i + 1)), element('br'), element('span', null, formatNumber(map.max)));
      maps.append(figure);
    });
    section.append(maps);
    box.append(section);
  }
}

async function downloadSheet() {
  if (!lastUpload) return;
  setStatus('Drawing the PNG…', 'busy');
  const form = new FormData();
  form.append('image', lastUpload.blob, lastUpload.name);
  const response = await fetch('/api/explain/sheet', {method: 'POST', body: form});
  if (!response.ok) {
    setStatus(await errorOf(response), 'error');
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = element('a');
  link.href = url;
  link.download = 'explain-' + lastUpload.name.replace(/\.[^.]*$/, '') + '.png';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  setStatus('');
}

function setUpFileInputs() {
  const input = $('file-input');
  input.addEventListener('change', () => {
    if (input.files.length) analyse(input.files[0], input.files[0].name);
    input.value = '';
  });
  const zone = $('drop-zone');
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, (event) => { event.preventDefault(); zone.classList.add('dragging'); });
  }
  for (const type of ['dragleave', 'drop']) {
    zone.addEventListener(type, () => zone.classList.remove('dragging'));
  }
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) analyse(file, file.name);
  });
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => event.preventDefault());
  document.addEventListener('paste', (event) => {
    const file = [...event.clipboardData.files].find((f) => f.type.startsWith('image/'));
    if (file) analyse(file, file.name || 'pasted.png');
  });
}

function setUpWebcam() {
  $('webcam-start').addEventListener('click', async () => {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      setStatus('This browser offers no webcam to this page (it needs the page on localhost or over https).', 'error');
      return;
    }
    try {
      webcamStream = await navigator.mediaDevices.getUserMedia({video: {width: {ideal: 960}, height: {ideal: 720}}, audio: false});
    } catch (e) {
      setStatus('The webcam is not available: ' + e.message, 'error');
      return;
    }
    $('webcam-video').srcObject = webcamStream;
    $('webcam').hidden = false;
  });
  $('webcam-stop').addEventListener('click', stopWebcam);
  $('webcam-shoot').addEventListener('click', () => {
    const video = $('webcam-video');
    const side = Math.min(video.videoWidth, video.videoHeight);
    if (!side) return;
    const canvas = element('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d');
    context.translate(side, 0); // mirrored like the preview, so left is left
    context.scale(-1, 1);
    context.drawImage(video, (video.videoWidth - side) / 2, (video.videoHeight - side) / 2, side, side, 0, 0, side, side);
    canvas.toBlob((blob) => analyse(blob, 'webcam.jpg'), 'image/jpeg', 0.92);
  });
}

function stopWebcam() {
  if (webcamStream) webcamStream.getTracks().forEach((t) => t.stop());
  webcamStream = null;
  $('webcam').hidden = true;
}

window.addEventListener('DOMContentLoaded', () => {
  setUpFileInputs();
  setUpWebcam();
  $('download-sheet').addEventListener('click', downloadSheet);
  loadModel().catch((e) => { $('model-label').textContent = 'model unavailable: ' + e.message; });
  loadSamples().catch((e) => setStatus('Sample photos unavailable: ' + e.message, 'error'));
});
