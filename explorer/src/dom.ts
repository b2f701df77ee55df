/** A tiny element builder, so the render functions read like the markup they make. */

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'className') element.className = String(value);
    else if (name === 'text') element.textContent = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

function regular(sides: number, rotation = -90): string {
  return Array.from({ length: sides }, (_, index) => {
    const angle = ((rotation + (360 / sides) * index) * Math.PI) / 180;
    return `${Math.cos(angle).toFixed(3)},${Math.sin(angle).toFixed(3)}`;
  }).join(' ');
}

function star(): string {
  return Array.from({ length: 10 }, (_, index) => {
    const angle = ((-90 + 36 * index) * Math.PI) / 180;
    const radius = index % 2 === 0 ? 1 : 0.45;
    return `${(radius * Math.cos(angle)).toFixed(3)},${(radius * Math.sin(angle)).toFixed(3)}`;
  }).join(' ');
}

const POLYGONS: Record<string, string> = {
  triangle: '0,-1 1,1 -1,1',
  'round-triangle': '0,-1 1,1 -1,1',
  diamond: '0,-1 1,0 0,1 -1,0',
  pentagon: regular(5),
  hexagon: '-1,0 -0.5,-0.87 0.5,-0.87 1,0 0.5,0.87 -0.5,0.87',
  heptagon: regular(7),
  octagon: regular(8, -67.5),
  star: star(),
  tag: '-1,-0.8 0.4,-0.8 1,0 0.4,0.8 -1,0.8',
  rhomboid: '-0.5,-0.8 1,-0.8 0.5,0.8 -1,0.8',
  'concave-hexagon': '-1,-0.85 1,-0.85 0.65,0 1,0.85 -1,0.85 -0.65,0',
};

/** A small SVG of a cytoscape node shape, for legends and suggestion badges. */
export function shapeIcon(shape: string, color: string, size = 14): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-1.2 -1.2 2.4 2.4');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('shape-icon');
  let body: SVGElement;
  if (shape === 'ellipse') {
    body = document.createElementNS(SVG, 'circle');
    body.setAttribute('r', '1');
  } else if (shape === 'round-rectangle' || shape === 'barrel' || shape === 'rectangle') {
    body = document.createElementNS(SVG, 'rect');
    const height = shape === 'barrel' ? 1.7 : 1.5;
    body.setAttribute('x', '-1');
    body.setAttribute('y', String(-height / 2));
    body.setAttribute('width', '2');
    body.setAttribute('height', String(height));
    body.setAttribute('rx', shape === 'barrel' ? '0.6' : shape === 'rectangle' ? '0' : '0.35');
  } else {
    body = document.createElementNS(SVG, 'polygon');
    body.setAttribute('points', POLYGONS[shape] ?? regular(4, -45));
    if (shape.startsWith('round-')) body.setAttribute('stroke-linejoin', 'round');
  }
  body.setAttribute('fill', color);
  body.setAttribute('stroke', color);
  body.setAttribute('stroke-width', '0.15');
  svg.append(body);
  return svg;
}
