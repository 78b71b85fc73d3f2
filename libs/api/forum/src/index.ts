export * from './entities/thread.entity';
export * from './entities/post.entity';
export * from './entities/thread-reader.entity';
export * from './models/thread.model';
export * from './models/post.model';
export * from './forum.service';
export * from './forum.module';
