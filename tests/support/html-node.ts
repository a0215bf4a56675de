/** The part of a parse5 node the site tests walk: element or text, attributes, children, template content. */
export interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}
