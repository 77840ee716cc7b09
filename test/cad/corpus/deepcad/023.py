import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3388007557, -0.4586753542, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.0, 0.0).lineTo(1.1595462405, 0.0).lineTo(1.1595462405, 0.811269042).lineTo(0.6868394336, 0.811269042).lineTo(0.6868394336, 0.3941058961).lineTo(0.4727068069, 0.3941058961).lineTo(0.4727068069, 0.811269042).lineTo(0.0, 0.811269042).close()
solid0=wp_sketch0.add(loop0).extrude(0.5917003564)
solid=solid0
cq.exporters.export(solid, "./00000022.stl",exportType="STL")
