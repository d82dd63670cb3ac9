// The reader settings as a form, shared by the popup's Display menu and the
// options page: theme, font family, size, line width, line height, images.
// Every change is saved to storage.sync at once; each open reader (popup, page
// reader mode, options preview) applies it live through storage.onChanged.
const ns = globalThis.EuronewsReader;
const { el, t } = ns;
const { CHOICES, RANGES } = ns.settings;

let serial = 0;

function radioGroup(name, values, current, onChange) {
  const fieldset = el("fieldset", "settings__group");
  fieldset.append(el("legend", null, t(`setting_${name}`)));
  const choices = el("div", "settings__choices");
  choices.setAttribute("role", "radiogroup");
  choices.setAttribute("aria-label", t(`setting_${name}`));
  for (const value of values) {
    const label = el("label");
    const input = el("input");
    input.type = "radio";
    input.name = `er-${name}-${serial}`;
    input.value = value;
    input.checked = value === current;
    input.addEventListener("change", () => input.checked && onChange(value));
    label.append(input, el("span", null, t(`${name}_${value}`)));
    choices.append(label);
  }
  fieldset.append(choices);
  return fieldset;
}

function select(name, values, current, onChange) {
  const id = `er-${name}-${serial}`;
  const box = el("div");
  const label = el("label", "settings__label", t(`setting_${name}`));
  label.htmlFor = id;
  const input = el("select");
  input.id = id;
  for (const value of values) {
    const option = el("option", null, t(`${name}_${value}`));
    option.value = value;
    option.selected = value === current;
    input.append(option);
  }
  input.addEventListener("change", () => onChange(input.value));
  box.append(label, input);
  return box;
}

function range(name, current, format, onChange) {
  const id = `er-${name}-${serial}`;
  const { min, max, step } = RANGES[name];
  const box = el("div");
  const label = el("label", "settings__label", t(`setting_${name}`));
  label.htmlFor = id;
  const row = el("div", "settings__range");
  const input = el("input");
  input.type = "range";
  input.id = id;
  input.min = String(min);
  input.max = String(max);
  input.step = String(step);
  input.value = String(current);
  const output = el("output", null, format(current));
  output.htmlFor = id;
  input.setAttribute("aria-valuetext", format(current));
  input.addEventListener("input", () => {
    const value = Number(input.value);
    output.textContent = format(value);
    input.setAttribute("aria-valuetext", format(value));
    onChange(value);
  });
  row.append(input, output);
  box.append(label, row);
  return box;
}

/**
 * Build the form into `container` from `settings`; `onApply(settings)` runs on
 * every change before it is saved (so the caller's view updates at once).
 */
export function mountSettingsForm(container, settings, onApply = () => {}) {
  serial += 1;
  let current = ns.settings.normalize(settings);
  // Sliders fire on every step: save once they rest (storage.sync limits writes per minute).
  let pending = {};
  let timer = null;
  const flush = () => {
    clearTimeout(timer);
    const changes = pending;
    pending = {};
    if (Object.keys(changes).length > 0) {
      ns.settings.save(changes).catch(() => {});
    }
  };
  addEventListener("pagehide", flush);
  const change = (key, value) => {
    current = ns.settings.normalize({ ...current, [key]: value });
    onApply(current);
    pending[key] = value;
    clearTimeout(timer);
    timer = setTimeout(flush, key in RANGES ? 250 : 0);
  };
  const form = el("div", "settings");
  form.setAttribute("role", "group");
  form.setAttribute("aria-label", t("display"));
  form.append(
    radioGroup("theme", CHOICES.theme, current.theme, (v) => change("theme", v)),
    select("font", CHOICES.font, current.font, (v) => change("font", v)),
    range("size", current.size, (v) => t("pixels", [String(v)]), (v) => change("size", v)),
    select("width", CHOICES.width, current.width, (v) => change("width", v)),
    range("lineHeight", current.lineHeight, (v) => v.toFixed(1), (v) => change("lineHeight", v)),
  );
  const images = el("label", "settings__check");
  const box = el("input");
  box.type = "checkbox";
  box.checked = current.images;
  box.addEventListener("change", () => change("images", box.checked));
  images.append(box, el("span", null, t("setting_images")));
  form.append(images);
  container.replaceChildren(form);
  return form;
}
