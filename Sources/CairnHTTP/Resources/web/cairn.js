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
  // A long operation's status ([data-poll]): fetch the page again every two seconds and swap the status in place
  // (a polite live region); once it is no longer running, load the whole page to show the outcome.
  function follow(status) {
    window.setTimeout(function () {
      fetch(window.location.href, { credentials: "same-origin" })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          var next = new DOMParser().parseFromString(html, "text/html").getElementById(status.id);
          if (next && next.hasAttribute("data-poll")) {
            status.innerHTML = next.innerHTML;
            follow(status);
          } else {
            window.location.reload();
          }
        })
        .catch(function () { follow(status); });
    }, 2000);
  }
  // Quick add ([data-check]): while the rep types a name, phone or credit code, ask whether the customer exists
  // already and show the answer above the form, before they press save (the save checks again either way).
  function checkWhileTyping(form) {
    var timer = null;
    var live = form.querySelector("#duplicate-live");
    if (!live) { return; }
    form.querySelectorAll("input[name=name], input[name=phone], input[name=creditCode]").forEach(function (input) {
      input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
          var query = new URLSearchParams();
          ["name", "phone", "creditCode"].forEach(function (field) {
            var box = form.querySelector("input[name=" + field + "]");
            if (box && box.value.trim()) { query.set(field, box.value.trim()); }
          });
          if (!query.has("name")) { live.innerHTML = ""; return; }
          fetch(form.dataset.check + "?" + query.toString(), { credentials: "same-origin" })
            .then(function (response) { return response.text(); })
            .then(function (html) {
              var next = new DOMParser().parseFromString(html, "text/html").getElementById("duplicate-live");
              if (next) { live.innerHTML = next.innerHTML; }
            })
            .catch(function () {});
        }, 400);
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".board").forEach(setUpBoard);
    document.querySelectorAll("form[data-check]").forEach(checkWhileTyping);
    document.querySelectorAll("[data-poll][id]").forEach(follow);
    // Opening a quick form puts the cursor in its first text box.
    document.querySelectorAll("details.quick-form").forEach(function (details) {
      details.addEventListener("toggle", function () {
        var box = details.querySelector("textarea, input[type=text]");
        if (details.open && box) { box.focus(); }
      });
    });
  });
})();
