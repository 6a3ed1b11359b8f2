// Placeholder entry so the build works while the task pane is written (owned by the task pane work).
Office.onReady(() => {
  const el = document.getElementById("container");
  if (el) el.textContent = "PERF 绩效自评助手";
});
