// Starts the wasm app from a same-origin module, because the page's Content-Security-Policy
// forbids the inline loader Trunk would otherwise inject.
import init from "./xent-lab.js";

init({ module_or_path: new URL("./xent-lab_bg.wasm", import.meta.url) }).catch((error) => {
  const status = document.getElementById("boot-status");
  if (status) {
    status.textContent = "Cross-Entropy Lab could not start: " + error;
    status.classList.add("boot-failed");
  }
  console.error(error);
});
