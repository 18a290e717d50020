/**
 * The one Cytoscape instance and its renderer choice. Renderer options are fixed at creation,
 * so crossing the large-graph threshold means a new instance: large graphs skip edges and labels
 * while panning, render at pixel ratio 1 and, where the browser has WebGL 2 on a GPU, use
 * Cytoscape's WebGL renderer. Events are delegated to whoever `bind` names.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { expose } from '../debug.js';
import { stopLayout } from './layouts.js';
import { stylesheet } from './style.js';

cytoscape.use(fcose);

/** Above this many elements the renderer trades polish for speed. */
export const LARGE_GRAPH_ELEMENTS = 2500;

/**
 * True when the browser has hardware WebGL 2. Software WebGL (SwiftShader, llvmpipe) measured
 * ~20x slower per frame than the canvas renderer on 2,000 nodes (tools/web-bench.ts), so it
 * does not count.
 */
function webglAvailable(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

export class CyHost {
  cy!: cytoscape.Core;
  private large: boolean | null = null;

  constructor(
    private readonly container: HTMLElement,
    /** `?renderer=webgl|canvas` overrides the automatic choice. */
    private readonly rendererChoice: string | null,
    private readonly bind: (cy: cytoscape.Core) => void,
  ) {
    this.ensure(0);
  }

  /** The instance suited to `elementCount` elements, made anew only when the choice changes. */
  ensure(elementCount: number): cytoscape.Core {
    const large = elementCount > LARGE_GRAPH_ELEMENTS;
    if (large === this.large) return this.cy;
    stopLayout();
    this.cy?.destroy();
    this.large = large;
    // `?renderer=webgl` forces it even on software WebGL (for measuring); otherwise only large graphs on a GPU.
    const webgl = this.rendererChoice === 'webgl' || (large && this.rendererChoice !== 'canvas' && webglAvailable());
    this.cy = cytoscape({
      container: this.container,
      style: stylesheet(),
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: false,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: large,
      textureOnViewport: false,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
      webgl,
    });
    this.container.dataset.renderer = webgl ? 'webgl' : 'canvas';
    expose('cy', this.cy);
    this.bind(this.cy);
    return this.cy;
  }
}
