// placeholder so the module library exists; replaced as the module lands
