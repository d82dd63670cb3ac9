// Background: shows on the toolbar button how many clutter nodes the content
// script removed from the tab. Needs no permission (the `action` API is
// always available to an extension with an action).
"use strict";

const api = globalThis.browser ?? globalThis.chrome;

api.runtime.onMessage.addListener((msg, sender) => {
  if (sender.id !== api.runtime.id || !sender.tab || !msg || msg.type !== "clutter-removed") {
    return undefined;
  }
  const count = Math.max(0, Math.min(999, Number(msg.count) || 0));
  const tabId = sender.tab.id;
  Promise.all([
    api.action.setBadgeBackgroundColor({ tabId, color: "#0b4fa3" }),
    api.action.setBadgeText({ tabId, text: count > 0 ? String(count) : "" }),
  ]).catch(() => {});
  return undefined;
});
