// Runs inside the pooled Chromium page (plain browser JavaScript next to three.js, WebGL2 through
// SwiftShader). It draws one tabletop scene with soft shadows, smooths its edges (FXAA), then
// renders it again as an id pass (each object a flat colour, no lighting, no anti-aliasing) and
// reads that back: every object's visible pixel count, box and mask are measured on what the
// camera sees, occlusion included.
/* global THREE */
(function () {
  const MAX_OBJECTS = 250; // id 0 is the background; ids are one byte
  let renderer, scene, camera, table, idTarget, idTargetSize, reflections;
  const meshes = [];
  const geometries = {};
  const materials = {};
  const idMaterials = [];

  function init() {
    // The canvas stays out of the document: a canvas on the page is composited after every draw,
    // work the GPU process did for nothing (~10 % of a scene's CPU). toDataURL works without it.
    // No MSAA: 4× multisampling cost ~20 % of a scene's CPU on SwiftShader; an FXAA pass on the
    // final pixels (fxaaPass) smooths the edges for a fraction of that.
    const canvas = document.createElement('canvas');
    renderer = new THREE.WebGLRenderer({ canvas, antialias: false, preserveDrawingBuffer: true, powerPreference: 'high-performance' });
    renderer.setPixelRatio(1);
    renderer.shadowMap.enabled = true;
    renderer.shadowMap.type = THREE.PCFShadowMap;
    renderer.toneMapping = THREE.ACESFilmicToneMapping;
    renderer.toneMappingExposure = 1.05;
    renderer.outputColorSpace = THREE.SRGBColorSpace;

    scene = new THREE.Scene();
    scene.background = new THREE.Color('#bfc3c7');
    scene.fog = new THREE.Fog('#bfc3c7', 18, 40);
    reflections = studioCube();

    // Soft light: a wide sky/ground fill, a key light that casts soft shadows, a dim rim light.
    scene.add(new THREE.HemisphereLight('#ffffff', '#6b6b6b', 0.75));
    const key = new THREE.DirectionalLight('#ffffff', 2.9);
    key.position.set(-5, 9, 4);
    key.castShadow = true;
    key.shadow.mapSize.set(1024, 1024);
    key.shadow.camera.left = key.shadow.camera.bottom = -6;
    key.shadow.camera.right = key.shadow.camera.top = 6;
    key.shadow.camera.near = 1;
    key.shadow.camera.far = 25;
    key.shadow.bias = -0.0005;
    key.shadow.normalBias = 0.02;
    key.shadow.radius = 3;
    scene.add(key);
    const rim = new THREE.DirectionalLight('#dfe8ff', 0.6);
    rim.position.set(6, 5, -6);
    scene.add(rim);

    table = new THREE.Mesh(new THREE.PlaneGeometry(200, 200), new THREE.MeshLambertMaterial({ color: '#b4b6b8' }));
    table.rotation.x = -Math.PI / 2;
    table.receiveShadow = true;
    scene.add(table);

    camera = new THREE.PerspectiveCamera(40, 1.5, 0.1, 100);
    camera.up.set(0, 1, 0);

    // Unit solids, scaled per object: segment counts that keep silhouettes round at these sizes; each
    // solid is drawn three times a frame (shadow map, image, id pass), and finer meshes cost ~25 % more CPU.
    geometries.cube = new THREE.BoxGeometry(2, 1, 2).translate(0, 0.5, 0);
    geometries.sphere = new THREE.SphereGeometry(1, 32, 20).translate(0, 1, 0); // scaled uniformly
    geometries.cylinder = new THREE.CylinderGeometry(1, 1, 1, 40).translate(0, 0.5, 0);
    geometries.cone = new THREE.ConeGeometry(1, 1, 40).translate(0, 0.5, 0);
  }

  /**
   * What metals reflect: a small cube map of a studio (bright ceiling, light walls with a window,
   * grey floor) painted on canvases. Phong materials read it directly, so no prefiltering pass
   * (PMREM cost 20 s of start-up per page on SwiftShader).
   */
  function studioCube() {
    const face = (top, bottom, window) => {
      const c = document.createElement('canvas');
      c.width = c.height = 64;
      const g = c.getContext('2d');
      const grad = g.createLinearGradient(0, 0, 0, 64);
      grad.addColorStop(0, top);
      grad.addColorStop(1, bottom);
      g.fillStyle = grad;
      g.fillRect(0, 0, 64, 64);
      if (window) {
        g.fillStyle = '#ffffff';
        g.fillRect(18, 14, 28, 20);
      }
      return c;
    };
    const wall = (w) => face('#e6e8eb', '#7d8085', w);
    // Order: +x, -x, +y (ceiling), -y (floor), +z, -z.
    const cube = new THREE.CubeTexture([wall(true), wall(false), face('#ffffff', '#f2f2f2', false), face('#6a6d70', '#5a5d60', false), wall(false), wall(true)]);
    cube.colorSpace = THREE.SRGBColorSpace;
    cube.needsUpdate = true;
    return cube;
  }

  /**
   * FXAA on the final sRGB pixels (the "console" form of Lottes' FXAA 3): the luma of the four
   * diagonal neighbours gives the edge's direction; two or four taps along it are blended, and the
   * wider blend is kept only if it stays inside the neighbourhood's luma range. Flat areas (luma
   * contrast under the threshold) are copied as they are, so the table and shadows stay sharp.
   */
  let fxaa = null;
  function fxaaPass(W, H) {
    if (fxaa && fxaa.size !== W + 'x' + H) {
      fxaa.texture.dispose();
      fxaa = null;
    }
    if (!fxaa) {
      const texture = new THREE.FramebufferTexture(W, H);
      const material = new THREE.ShaderMaterial({
        uniforms: { image: { value: texture }, px: { value: new THREE.Vector2(1 / W, 1 / H) } },
        depthTest: false,
        depthWrite: false,
        toneMapped: false,
        vertexShader: 'varying vec2 p; void main() { p = uv; gl_Position = vec4(position.xy, 0.0, 1.0); }',
        fragmentShader: `uniform sampler2D image; uniform vec2 px; varying vec2 p;
          vec3 at(vec2 d) { return texture2D(image, p + d * px).rgb; }
          float luma(vec3 c) { return dot(c, vec3(0.299, 0.587, 0.114)); }
          void main() {
            vec3 m = at(vec2(0.0));
            float lm = luma(m), nw = luma(at(vec2(-1.0, 1.0))), ne = luma(at(vec2(1.0, 1.0)));
            float sw = luma(at(vec2(-1.0, -1.0))), se = luma(at(vec2(1.0, -1.0)));
            float lo = min(lm, min(min(nw, ne), min(sw, se))), hi = max(lm, max(max(nw, ne), max(sw, se)));
            if (hi - lo < max(0.0312, hi * 0.125)) { gl_FragColor = vec4(m, 1.0); return; }
            vec2 dir = vec2((sw + se) - (nw + ne), (nw + sw) - (ne + se));
            float reduce = max((nw + ne + sw + se) * 0.03125, 1.0 / 128.0);
            dir = clamp(dir / (min(abs(dir.x), abs(dir.y)) + reduce), -8.0, 8.0);
            vec3 near = 0.5 * (at(dir * (1.0 / 3.0 - 0.5)) + at(dir * (2.0 / 3.0 - 0.5)));
            vec3 wide = 0.5 * near + 0.25 * (at(dir * -0.5) + at(dir * 0.5));
            float lw = luma(wide);
            gl_FragColor = vec4(lw < lo || lw > hi ? near : wide, 1.0);
          }`,
      });
      const quad = new THREE.Mesh(new THREE.PlaneGeometry(2, 2), material);
      quad.frustumCulled = false;
      const screen = new THREE.Scene();
      screen.add(quad);
      fxaa = { texture, screen, camera: new THREE.Camera(), size: W + 'x' + H };
    }
    // The drawn image becomes the pass's input; the pass then overwrites the canvas with the smoothed one.
    renderer.copyFramebufferToTexture(fxaa.texture);
    renderer.render(fxaa.screen, fxaa.camera);
  }

  function geometryOf(o) {
    if (o.shape !== 'torus') return geometries[o.shape];
    // The tube/major ratio is fixed by the scene model; one geometry per ratio is cached.
    const key = 'torus:' + (o.dims.tube / o.dims.radius).toFixed(4);
    if (!geometries[key]) {
      geometries[key] = new THREE.TorusGeometry(1, o.dims.tube / o.dims.radius, 20, 48).rotateX(-Math.PI / 2);
    }
    return geometries[key];
  }

  function materialOf(color, kind) {
    const key = color + '/' + kind;
    if (!materials[key]) {
      // Metal: reflection and highlight tinted by its colour (as real metals are); matte: rubber, a faint broad highlight.
      materials[key] = kind === 'metal'
        ? new THREE.MeshPhongMaterial({ color, specular: color, shininess: 90, envMap: reflections, combine: THREE.MultiplyOperation, reflectivity: 1 })
        : new THREE.MeshPhongMaterial({ color, specular: '#1c1c1c', shininess: 12 });
    }
    return materials[key];
  }

  function idMaterial(i) {
    while (idMaterials.length <= i) {
      const v = idMaterials.length / 255;
      idMaterials.push(new THREE.ShaderMaterial({
        vertexShader: 'void main() { gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0); }',
        fragmentShader: 'void main() { gl_FragColor = vec4(' + v.toFixed(8) + ', 0.0, 0.0, 1.0); }',
      }));
    }
    return idMaterials[i];
  }

  /** World (z up) to three.js (y up): (x, y, z) → (x, z, -y), a rotation. */
  const toThree = (p) => new THREE.Vector3(p[0], p[2], -p[1]);

  function build(s) {
    for (const m of meshes.splice(0)) scene.remove(m);
    s.objects.forEach((o, i) => {
      const m = new THREE.Mesh(geometryOf(o), materialOf(o.rgb, o.material));
      const d = o.dims;
      if (o.shape === 'torus' || o.shape === 'sphere') {
        m.scale.set(d.radius, d.radius, d.radius);
        m.position.copy(toThree([o.x, o.y, d.tube]));
      } else {
        m.scale.set(d.radius, d.height, d.radius);
        m.position.copy(toThree([o.x, o.y, 0]));
      }
      m.rotation.y = o.rotation;
      m.castShadow = true;
      m.receiveShadow = true;
      m.userData.index = i + 1;
      scene.add(m);
      meshes.push(m);
    });
    camera.fov = s.camera.fov;
    camera.aspect = s.width / s.height;
    camera.position.copy(toThree(s.camera.eye));
    camera.lookAt(toThree(s.camera.target));
    camera.updateProjectionMatrix();
  }

  /** The id pass: flat object ids, no anti-aliasing, read back as one byte per pixel (row 0 at the top). */
  function idPass(s) {
    const W = s.width, H = s.height;
    if (!idTarget || idTargetSize !== W + 'x' + H) {
      if (idTarget) idTarget.dispose();
      idTarget = new THREE.WebGLRenderTarget(W, H, { samples: 0, depthBuffer: true });
      idTargetSize = W + 'x' + H;
    }
    const saved = { background: scene.background, fog: scene.fog, tone: renderer.toneMapping };
    scene.background = new THREE.Color(0, 0, 0);
    scene.fog = null;
    table.visible = false;
    renderer.toneMapping = THREE.NoToneMapping;
    renderer.shadowMap.autoUpdate = false;
    for (const m of meshes) {
      m.userData.material = m.material;
      m.material = idMaterial(m.userData.index);
    }
    renderer.setRenderTarget(idTarget);
    renderer.render(scene, camera);
    const rgba = new Uint8Array(W * H * 4);
    renderer.readRenderTargetPixels(idTarget, 0, 0, W, H, rgba);
    renderer.setRenderTarget(null);
    for (const m of meshes) m.material = m.userData.material;
    scene.background = saved.background;
    scene.fog = saved.fog;
    table.visible = true;
    renderer.toneMapping = saved.tone;
    renderer.shadowMap.autoUpdate = true;
    const ids = new Uint8Array(W * H);
    for (let y = 0; y < H; y++) {
      const src = (H - 1 - y) * W * 4;
      for (let x = 0; x < W; x++) ids[y * W + x] = rgba[src + x * 4];
    }
    return ids;
  }

  function toBase64(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }

  /**
   * Draws scene `s` ({width, height, camera: {eye, target, fov}, objects: [{id, shape, rgb,
   * material, x, y, rotation, dims}]}) and returns the PNG (data URL), each object's visible
   * pixels and box, and with `wantIds` the id map (base64, one byte per pixel: index + 1, 0 = none).
   */
  window.vfRenderScene3d = function (s, wantIds) {
    if (!renderer) init();
    if (s.objects.length > MAX_OBJECTS) throw new Error('at most ' + MAX_OBJECTS + ' objects per scene');
    const t0 = performance.now();
    // Resizing a canvas, even to its own size, reallocates its drawing buffer: only on a change.
    if (renderer.domElement.width !== s.width || renderer.domElement.height !== s.height) renderer.setSize(s.width, s.height, false);
    build(s);
    renderer.setRenderTarget(null);
    renderer.render(scene, camera);
    fxaaPass(s.width, s.height);
    const gl = renderer.getContext();
    const px = new Uint8Array(4);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    const t1 = performance.now();
    const png = renderer.domElement.toDataURL('image/png');
    const t2 = performance.now();
    const ids = idPass(s);
    const t3 = performance.now();
    const n = s.objects.length;
    const count = new Array(n + 1).fill(0);
    const box = s.objects.map(() => [Infinity, Infinity, -Infinity, -Infinity]);
    for (let y = 0, p = 0; y < s.height; y++) {
      for (let x = 0; x < s.width; x++, p++) {
        const k = ids[p];
        if (!k) continue;
        count[k]++;
        const b = box[k - 1];
        if (x < b[0]) b[0] = x;
        if (y < b[1]) b[1] = y;
        if (x + 1 > b[2]) b[2] = x + 1;
        if (y + 1 > b[3]) b[3] = y + 1;
      }
    }
    const objects = {};
    s.objects.forEach((o, i) => {
      objects[o.id] = { pixels: count[i + 1], box: count[i + 1] ? box[i] : null };
    });
    return { png, objects, ids: wantIds ? toBase64(ids) : null, ms: { draw: t1 - t0, png: t2 - t1, ids: t3 - t2 } };
  };
})();
