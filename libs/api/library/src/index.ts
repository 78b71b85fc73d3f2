export * from './entities/document.entity';
export * from './entities/document-version.entity';
export * from './entities/folder.entity';
export * from './file-signature';
export * from './library.service';
export * from './library.module';
export * from './text/document-text.service';
export * from './text/extract-text';
