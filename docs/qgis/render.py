"""Renders a layer of a rae GeoPackage with the style stored in the file, as QGIS opens it.

Run headless (no display needed) with QGIS's Python:

    xvfb-run -a python3 docs/qgis/render.py GPKG LAYER PNG [STYLE]

e.g. docs/qgis/render.py out/poa/accessibility.gpkg zone_indicators docs/qgis/poa.png
healthcare_transit_min_minutes. It loads the layer exactly as QGIS's "Add Vector Layer" does (the
default style comes from the GeoPackage's layer_styles table; nothing is styled here); with STYLE
it then switches to that stored style, as Layer Properties > Style > Load Style > From database
does. It prints the renderer and the features per legend class, and exports a page with the map,
the legend and the style's name as a PNG.
"""

import sys

from qgis.core import (
    QgsApplication,
    QgsLayout,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument


def padded(extent, width_per_height):
    """The extent grown by 5 % and widened or heightened to the map frame's shape."""
    extent.scale(1.05)
    width, height = extent.width(), extent.height()
    x, y = extent.center().x(), extent.center().y()
    if width / height < width_per_height:
        width = height * width_per_height
    else:
        height = width / width_per_height
    return QgsRectangle(x - width / 2, y - height / 2, x + width / 2, y + height / 2)


def main(gpkg, layer_name, png, style=None):
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(f"{gpkg}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid():
        sys.exit(f"cannot open {layer_name} in {gpkg}")
    print("features:", layer.featureCount())
    print("default renderer:", layer.renderer().type())
    count, ids, names, descriptions, error = layer.listStylesInDatabase()
    print(f"styles in the file: {count}:", ", ".join(names[:4]), "...")
    style = style or names[0]
    if style != names[0]:
        qml, error = layer.getStyleFromDatabase(ids[names.index(style)])
        document = QDomDocument()
        document.setContent(qml)
        ok, error = layer.importNamedStyle(document)
        if not ok:
            sys.exit(f"cannot load style {style}: {error}")
    renderer = layer.renderer()
    print(f"style {style}: {descriptions[names.index(style)]}")
    if renderer.type() == "RuleRenderer":
        for rule in renderer.rootRule().children():
            count = sum(1 for f in layer.getFeatures(rule.filterExpression()))
            print(f"  {rule.label():<16} {count:>5} features  ({rule.filterExpression()})")
    project = QgsProject.instance()
    project.addMapLayer(layer)
    project.setCrs(layer.crs())

    layout = QgsLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(260, 180, QgsUnitTypes.LayoutMillimeters))

    title = QgsLayoutItemLabel(layout)
    title.setText(f"{gpkg.split('/')[-1]}, layer {layer_name}, stored style {style}")
    title.setFont(QFont("DejaVu Sans", 14))
    title.attemptMove(QgsLayoutPoint(8, 5, QgsUnitTypes.LayoutMillimeters))
    title.attemptResize(QgsLayoutSize(245, 10, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(title)

    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)  # before sizing: a map item sizes itself once in a layout
    map_item.attemptMove(QgsLayoutPoint(8, 18, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(180, 155, QgsUnitTypes.LayoutMillimeters))
    map_item.setCrs(layer.crs())
    map_item.setLayers([layer])
    map_item.setExtent(padded(layer.extent(), 180 / 155))
    map_item.setFrameEnabled(True)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("minutes")
    legend.attemptMove(QgsLayoutPoint(193, 18, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(legend)

    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    result = QgsLayoutExporter(layout).exportToImage(png, settings)
    if result != QgsLayoutExporter.Success:
        sys.exit(f"export failed: {result}")
    print("wrote", png)
    app.exitQgis()


if __name__ == "__main__":
    main(*sys.argv[1:5])
