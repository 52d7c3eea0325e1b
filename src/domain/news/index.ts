/** News of the public portal: categories, slugs, sanitised bodies, image sniffing. */
export * from './article.js';
export * from './image-size.js';
