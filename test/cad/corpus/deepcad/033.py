import cadquery as cq
# Generating a workplane for sketch 0
wp_sketch0 = cq.Workplane(cq.Plane(cq.Vector(-0.3450100439, -0.408677527, 0.0), cq.Vector(1.0, 6.123233995736766e-17, -6.123233995736766e-17), cq.Vector(6.123233995736766e-17, -1.0, 6.123233995736766e-17)))
loop0=wp_sketch0.moveTo(0.6528401919, 0.0).lineTo(0.6528401919, 1.2738028783).lineTo(0.0, 1.2738028783).lineTo(0.0, 0.0).close()
solid0=wp_sketch0.add(loop0).extrude(-0.0787231339)
solid=solid0
# Generating a workplane for sketch 1
wp_sketch1 = cq.Workplane(cq.Plane(cq.Vector(-0.3450100439, -0.408677527, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop1=wp_sketch1.moveTo(0.6081066688, 0.0).lineTo(0.6081066688, 0.4931294384).lineTo(0.0, 0.4931294384).lineTo(0.0, 0.0).close()
solid1=wp_sketch1.add(loop1).extrude(0.3551708352)
solid=solid.union(solid1)
# Generating a workplane for sketch 2
wp_sketch2 = cq.Workplane(cq.Plane(cq.Vector(-0.3450100439, -0.408677527, 0.0), cq.Vector(3.749399456654644e-33, 1.0, -6.123233995736766e-17), cq.Vector(1.0, 0.0, 6.123233995736766e-17)))
loop2=wp_sketch2.moveTo(0.0, 0.0).lineTo(0.5367331231, 0.0).lineTo(0.5367331231, 0.1215239061).lineTo(0.3186257393, 0.1215239061).lineTo(0.3186257393, 0.0520514126).lineTo(0.2181073838, 0.0520514126).lineTo(0.2181073838, 0.1215239061).lineTo(0.0, 0.1215239061).close()
solid2=wp_sketch2.add(loop2).extrude(0.096768076)
solid=solid.union(solid2)
cq.exporters.export(solid, "./00000032.stl",exportType="STL")
