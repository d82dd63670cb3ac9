// Read aloud with the browser's speechSynthesis, in the article's language: one
// utterance per paragraph (title, summary, body text in reading order), the
// paragraph being read highlighted and kept in view; play, pause, resume, stop
// and speed. Browsers without voices (headless ones, some Linux desktops) get a
// message instead of silence.
const ns = globalThis.EuronewsReader;
const { t } = ns;

/**
 * `entries`: `[{node, text}]` in reading order (from the renderer); `onState(state)`
 * with "idle" | "playing" | "paused"; `announce(message)` for the status line.
 */
export function createSpeech({ lang, entries, onState = () => {}, announce = () => {} }) {
  const synth = globalThis.speechSynthesis;
  const list = entries.filter((e) => e.text.trim());
  let index = -1;
  let state = "idle";
  let rate = 1;
  let current = null;
  let voices = [];
  const loadVoices = () => {
    voices = synth?.getVoices?.() ?? [];
  };
  loadVoices();
  synth?.addEventListener?.("voiceschanged", loadVoices);

  function setState(next) {
    state = next;
    onState(state);
  }

  function voiceFor(code) {
    const want = String(code || "").toLowerCase();
    return voices.find((v) => v.lang?.toLowerCase() === want) ?? voices.find((v) => v.lang?.toLowerCase().startsWith(`${want}-`)) ?? null;
  }

  function mark(i) {
    for (const entry of list) {
      entry.node.classList.remove("er-speaking");
    }
    const entry = list[i];
    if (entry) {
      entry.node.classList.add("er-speaking");
      entry.node.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  }

  function speakFrom(i) {
    if (i >= list.length) {
      stop();
      return;
    }
    index = i;
    mark(i);
    const utterance = new SpeechSynthesisUtterance(list[i].text);
    utterance.lang = lang || "";
    utterance.rate = rate;
    const voice = voiceFor(lang);
    if (voice) {
      utterance.voice = voice;
    }
    utterance.addEventListener("end", () => {
      if (current === utterance && state === "playing") {
        speakFrom(i + 1);
      }
    });
    utterance.addEventListener("error", (event) => {
      if (current === utterance && !["interrupted", "canceled"].includes(event.error)) {
        stop();
        announce(t("speechFailed"));
      }
    });
    current = utterance;
    synth.speak(utterance);
  }

  function stop() {
    current = null;
    synth?.cancel();
    index = -1;
    mark(-1);
    setState("idle");
  }

  return {
    get state() {
      return state;
    },
    /** Start, or resume after a pause. False when the browser cannot speak. */
    play() {
      if (!synth || typeof globalThis.SpeechSynthesisUtterance !== "function") {
        announce(t("speechUnavailable"));
        return false;
      }
      loadVoices();
      if (voices.length === 0) {
        announce(t("noVoice"));
        return false;
      }
      if (!voiceFor(lang)) {
        announce(t("noVoiceForLanguage", [String(lang || "?")]));
      }
      if (state === "paused") {
        synth.resume();
        setState("playing");
        return true;
      }
      synth.cancel();
      setState("playing");
      speakFrom(index >= 0 ? index : 0);
      return true;
    },
    pause() {
      if (state === "playing") {
        synth.pause();
        setState("paused");
      }
    },
    stop,
    setRate(value) {
      rate = Number(value) || 1;
      if (state === "playing") {
        // Restart the current paragraph at the new speed.
        current = null;
        synth.cancel();
        speakFrom(Math.max(0, index));
      }
    },
  };
}
