// Element functions: `div(.class("card")) { … }`; a nil attribute is left out (`isChosen ? .flag("selected") : nil`).

/// `<html>`.
func html(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("html", attributes.compactMap { $0 }, children())
}

/// `<head>`.
func head(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("head", attributes.compactMap { $0 }, children())
}

/// `<body>`.
func body(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("body", attributes.compactMap { $0 }, children())
}

/// `<header>`.
func header(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("header", attributes.compactMap { $0 }, children())
}

/// `<nav>`.
func nav(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("nav", attributes.compactMap { $0 }, children())
}

/// `<main>`.
func main(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("main", attributes.compactMap { $0 }, children())
}

/// `<footer>`.
func footer(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("footer", attributes.compactMap { $0 }, children())
}

/// `<section>`.
func section(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("section", attributes.compactMap { $0 }, children())
}

/// `<article>`.
func article(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("article", attributes.compactMap { $0 }, children())
}

/// `<aside>`.
func aside(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("aside", attributes.compactMap { $0 }, children())
}

/// `<div>`.
func div(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("div", attributes.compactMap { $0 }, children())
}

/// `<span>`.
func span(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("span", attributes.compactMap { $0 }, children())
}

/// `<p>`.
func p(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("p", attributes.compactMap { $0 }, children())
}

/// `<h1>`.
func h1(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("h1", attributes.compactMap { $0 }, children())
}

/// `<h2>`.
func h2(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("h2", attributes.compactMap { $0 }, children())
}

/// `<h3>`.
func h3(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("h3", attributes.compactMap { $0 }, children())
}

/// `<ul>`.
func ul(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("ul", attributes.compactMap { $0 }, children())
}

/// `<ol>`.
func ol(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("ol", attributes.compactMap { $0 }, children())
}

/// `<li>`.
func li(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("li", attributes.compactMap { $0 }, children())
}

/// `<dl>`.
func dl(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("dl", attributes.compactMap { $0 }, children())
}

/// `<dt>`.
func dt(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("dt", attributes.compactMap { $0 }, children())
}

/// `<dd>`.
func dd(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("dd", attributes.compactMap { $0 }, children())
}

/// `<table>`.
func table(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("table", attributes.compactMap { $0 }, children())
}

/// `<thead>`.
func thead(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("thead", attributes.compactMap { $0 }, children())
}

/// `<tbody>`.
func tbody(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("tbody", attributes.compactMap { $0 }, children())
}

/// `<tr>`.
func tr(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("tr", attributes.compactMap { $0 }, children())
}

/// `<th>`.
func th(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("th", attributes.compactMap { $0 }, children())
}

/// `<td>`.
func td(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("td", attributes.compactMap { $0 }, children())
}

/// `<form>`.
func form(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("form", attributes.compactMap { $0 }, children())
}

/// `<label>`.
func label(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("label", attributes.compactMap { $0 }, children())
}

/// `<button>`.
func button(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("button", attributes.compactMap { $0 }, children())
}

/// `<select>`.
func select(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("select", attributes.compactMap { $0 }, children())
}

/// `<option>`.
func option(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("option", attributes.compactMap { $0 }, children())
}

/// `<textarea>`.
func textarea(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("textarea", attributes.compactMap { $0 }, children())
}

/// `<details>`.
func details(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("details", attributes.compactMap { $0 }, children())
}

/// `<summary>`.
func summary(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("summary", attributes.compactMap { $0 }, children())
}

/// `<strong>`.
func strong(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("strong", attributes.compactMap { $0 }, children())
}

/// `<small>`.
func small(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("small", attributes.compactMap { $0 }, children())
}

/// `<time>`.
func time(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("time", attributes.compactMap { $0 }, children())
}

/// `<fieldset>`.
func fieldset(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("fieldset", attributes.compactMap { $0 }, children())
}

/// `<legend>`.
func legend(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("legend", attributes.compactMap { $0 }, children())
}

/// `<output>`.
func output(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("output", attributes.compactMap { $0 }, children())
}

/// `<title>`.
func title(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("title", attributes.compactMap { $0 }, children())
}

/// `<style>`.
func style(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("style", attributes.compactMap { $0 }, children())
}

/// `<script>`.
func script(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("script", attributes.compactMap { $0 }, children())
}

/// `<a>`.
func a(_ attributes: HTMLAttribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element("a", attributes.compactMap { $0 }, children())
}

/// `<input>` (no closing tag).
func input(_ attributes: HTMLAttribute?...) -> HTMLNode {
    .voidElement("input", attributes.compactMap { $0 })
}

/// `<meta>` (no closing tag).
func meta(_ attributes: HTMLAttribute?...) -> HTMLNode {
    .voidElement("meta", attributes.compactMap { $0 })
}

/// `<link>` (no closing tag).
func link(_ attributes: HTMLAttribute?...) -> HTMLNode {
    .voidElement("link", attributes.compactMap { $0 })
}

/// `<br>` (no closing tag).
func br(_ attributes: HTMLAttribute?...) -> HTMLNode {
    .voidElement("br", attributes.compactMap { $0 })
}
