// The benchmark's baseline: the app's `information` view reduced to what a hand-written page
// needs to show the same thing. On every `input` it computes I(p) = -ln p, writes the readout
// (data-value and rounded text), the number field, the slider's aria-valuetext and the formula
// with the numbers, and redraws the chart synchronously with Canvas2D: background, grid, axes
// with ticks and labels, axis titles, the curve sampled at one point per pixel column, and the
// marked point with its value. Layout, fonts, colours and device-pixel-ratio handling follow the
// app's chart (src/charts/common.rs, src/charts/neg_log.rs, src/components/chart.rs).
"use strict";

const PALETTE = {
  background: "#ffffff",
  text: "#1f2328",
  axis: "#4a4f57",
  grid: "#e2e5e9",
  curve: "#0072b2",
  point: "#1f2328",
};
const SMALL_FONT = 13;
const LABEL_FONT = 14;
// The y axis shows at least I(1/128) and at most I(1e-6), as in the app.
const LOWEST_TOP = -Math.log(1 / 128);
const HIGHEST_TOP = -Math.log(1e-6);

const slider = document.querySelector('[data-testid="p-0"]');
const field = document.querySelector('[data-testid="p-0-number"]');
const readout = document.querySelector('[data-quantity="information"]');
const substituted = document.querySelector('[data-testid="substituted"]');
const canvas = document.querySelector("canvas");
const context = canvas.getContext("2d");

// The driver passes the app's canvas size in CSS pixels, so both draw the same number of pixels.
const query = new URLSearchParams(location.search);
const fixedWidth = Number(query.get("w"));
const fixedHeight = Number(query.get("h"));
if (fixedWidth > 0 && fixedHeight > 0) {
  canvas.style.width = `${fixedWidth}px`;
  canvas.style.height = `${fixedHeight}px`;
  canvas.style.aspectRatio = "auto";
  canvas.style.maxHeight = "none";
}

const clamp = (x, low, high) => Math.min(high, Math.max(low, x));
const information = (p) => (p >= 0 && p <= 1 ? -Math.log(p) : NaN);
const fullPrecision = (x) => (x === Infinity ? "inf" : Number.isNaN(x) ? "" : String(x));
const rounded = (x) => (x === Infinity ? "∞" : Number.isNaN(x) ? "–" : x.toFixed(4));
const tickLabel = (x) => {
  const text = x.toFixed(4).replace(/\.?0+$/, "");
  return text === "-0" ? "0" : text;
};

// Ticks at 1, 2 or 5 times a power of ten, at most `count` of them over [low, high].
function ticks(low, high, count) {
  const range = high - low;
  let step = 10 ** Math.floor(Math.log10(range / count));
  for (const factor of [1, 2, 5, 10]) {
    if (range / (step * factor) <= count) {
      step *= factor;
      break;
    }
  }
  const values = [];
  for (let value = Math.ceil(low / step) * step; value <= high + step * 1e-9; value += step) {
    values.push(Math.round(value / step) * step);
  }
  return values;
}

let p = Number(slider.value);
let scale = 1;

function resize() {
  const rect = canvas.getBoundingClientRect();
  scale = Math.max(window.devicePixelRatio, 1);
  const width = Math.round(Math.round(rect.width) * scale);
  const height = Math.round(Math.round(rect.height) * scale);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}

function draw() {
  const s = clamp(scale, 0.5, 4);
  const px = (css) => Math.max(1, Math.round(css * s));
  const font = (size) => `${size * s}px sans-serif`;
  const { width, height } = canvas;
  const value = information(p);

  context.fillStyle = PALETTE.background;
  context.fillRect(0, 0, width, height);

  // The frame: margins and label areas as in the app's Plot::new.
  const left = px(4) + px(58);
  const right = width - px(18);
  const top = px(10);
  const bottom = height - px(4) - px(42);
  const yTop = Number.isFinite(value) ? clamp(value * 1.15, LOWEST_TOP, HIGHEST_TOP) : LOWEST_TOP;
  const xPixel = (x) => left + x * (right - left);
  const yPixel = (y) => bottom - (y / yTop) * (bottom - top);

  const xTicks = ticks(0, 1, clamp(Math.floor(width / s / 60), 3, 8));
  const yTicks = ticks(0, yTop, clamp(Math.floor(height / s / 30 - 2), 3, 6));
  context.lineWidth = px(1);
  context.strokeStyle = PALETTE.grid;
  context.beginPath();
  for (const x of xTicks) {
    const column = Math.round(xPixel(x)) + 0.5;
    context.moveTo(column, top);
    context.lineTo(column, bottom);
  }
  for (const y of yTicks) {
    const row = Math.round(yPixel(y)) + 0.5;
    context.moveTo(left, row);
    context.lineTo(right, row);
  }
  context.stroke();

  const tick = px(4);
  context.strokeStyle = PALETTE.axis;
  context.beginPath();
  context.moveTo(left + 0.5, top);
  context.lineTo(left + 0.5, bottom + 0.5);
  context.lineTo(right, bottom + 0.5);
  for (const x of xTicks) {
    const column = Math.round(xPixel(x)) + 0.5;
    context.moveTo(column, bottom);
    context.lineTo(column, bottom + tick);
  }
  for (const y of yTicks) {
    const row = Math.round(yPixel(y)) + 0.5;
    context.moveTo(left - tick, row);
    context.lineTo(left, row);
  }
  context.stroke();

  context.fillStyle = PALETTE.text;
  context.font = font(SMALL_FONT);
  context.textAlign = "center";
  context.textBaseline = "top";
  for (const x of xTicks) context.fillText(tickLabel(x), xPixel(x), bottom + tick + px(2));
  context.textAlign = "right";
  context.textBaseline = "middle";
  for (const y of yTicks) context.fillText(tickLabel(y), left - tick - px(3), yPixel(y));

  context.font = font(LABEL_FONT);
  context.textAlign = "center";
  context.textBaseline = "bottom";
  context.fillText("probability p", (left + right) / 2, height - px(4));
  context.save();
  context.translate(px(4) + px(LABEL_FONT), (top + bottom) / 2);
  context.rotate(-Math.PI / 2);
  context.fillText("I(p) = −ln p  (nats)", 0, 0);
  context.restore();

  // The curve: one sample per pixel column, clipped to the plot.
  const columns = Math.max(1, right - left);
  context.save();
  context.beginPath();
  context.rect(left, top, right - left, bottom - top);
  context.clip();
  context.strokeStyle = PALETTE.curve;
  context.lineWidth = px(2);
  context.lineJoin = "round";
  context.beginPath();
  let drawing = false;
  for (let i = 0; i <= columns; i++) {
    const x = i / columns;
    const y = information(x);
    if (!Number.isFinite(y)) {
      drawing = false;
      continue;
    }
    if (drawing) context.lineTo(xPixel(x), yPixel(y));
    else context.moveTo(xPixel(x), yPixel(y));
    drawing = true;
  }
  context.stroke();
  context.restore();

  // The marked point (pinned to the top edge when above it) and its value beside it.
  if (!Number.isNaN(value)) {
    const mx = Math.round(xPixel(clamp(p, 0, 1)));
    const my = Math.round(yPixel(clamp(value, 0, yTop)));
    const radius = px(5);
    context.fillStyle = PALETTE.point;
    context.beginPath();
    context.arc(mx, my, radius, 0, 2 * Math.PI);
    context.fill();
    context.strokeStyle = PALETTE.background;
    context.lineWidth = px(1.5);
    context.beginPath();
    context.arc(mx, my, radius + px(1), 0, 2 * Math.PI);
    context.stroke();

    const offset = px(8);
    const nearRight = mx > left + ((right - left) * 3) / 4;
    const above = my - px(24) >= top;
    context.fillStyle = PALETTE.text;
    context.font = font(SMALL_FONT);
    context.textAlign = nearRight ? "right" : "left";
    context.textBaseline = above ? "bottom" : "top";
    context.fillText(
      rounded(value),
      nearRight ? mx - offset : mx + offset,
      above ? my - offset : my + offset,
    );
  }
}

function update() {
  const value = information(p);
  readout.setAttribute("data-value", fullPrecision(value));
  readout.textContent = rounded(value);
  if (document.activeElement !== field) field.value = String(p);
  slider.setAttribute("aria-valuetext", `p = ${rounded(p)}, I(p) = ${rounded(value)} nats`);
  substituted.textContent = `I(${rounded(p)}) = −ln ${rounded(p)} = ${rounded(value)} nats`;
  draw();
}

function apply(text) {
  const x = Number(text);
  if (text.trim() !== "" && Number.isFinite(x) && x >= 0 && x <= 1) {
    p = x;
    update();
  }
}

slider.addEventListener("input", () => apply(slider.value));
field.addEventListener("input", () => apply(field.value));
new ResizeObserver(() => {
  resize();
  draw();
}).observe(canvas);
resize();
update();
