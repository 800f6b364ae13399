// Cairn's only script: progressive enhancement. Every action also works as a plain form without it.
(function () {
  "use strict";
  // Pipeline board: drag a deal card onto another column to move it there (the card's own form does the move).
  function setUpBoard(board) {
    var dragged = null;
    board.querySelectorAll(".deal-card").forEach(function (card) {
      card.setAttribute("draggable", "true");
      card.addEventListener("dragstart", function (event) {
        dragged = card;
        event.dataTransfer.setData("text/plain", card.dataset.id || "");
      });
      card.addEventListener("dragend", function () { dragged = null; });
    });
    board.querySelectorAll(".board-column").forEach(function (column) {
      column.addEventListener("dragover", function (event) {
        if (dragged) { event.preventDefault(); column.classList.add("drop-target"); }
      });
      column.addEventListener("dragleave", function () { column.classList.remove("drop-target"); });
      column.addEventListener("drop", function (event) {
        event.preventDefault();
        column.classList.remove("drop-target");
        if (!dragged || dragged.closest(".board-column") === column) { return; }
        var form = dragged.querySelector("form.move-form");
        var select = form && form.querySelector("select[name=stage]");
        if (!select) { return; }
        select.value = column.dataset.stage;
        form.submit();
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".board").forEach(setUpBoard);
    // Opening a quick form puts the cursor in its first text box.
    document.querySelectorAll("details.quick-form").forEach(function (details) {
      details.addEventListener("toggle", function () {
        var box = details.querySelector("textarea, input[type=text]");
        if (details.open && box) { box.focus(); }
      });
    });
  });
})();
